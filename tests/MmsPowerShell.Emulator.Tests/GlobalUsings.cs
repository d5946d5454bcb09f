// The framework namespaces nearly every file of this project uses, said once.
global using System;
global using System.Collections.Generic;
global using System.Linq;
global using Xunit;
