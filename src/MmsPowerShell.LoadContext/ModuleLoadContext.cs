using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace MmsPowerShell.LoadContext
{
    /// <summary>
    /// The module's own load context (PowerShell 7). It loads MmsPowerShell.Core and every assembly found
    /// in the module's dependency folder (Microsoft.Extensions.* and their dependencies), so the versions
    /// the module was built with are used whatever other modules loaded into the default context, before
    /// or after. Anything not in the folder (the framework, System.Management.Automation) comes from the
    /// default context, so framework types are shared.
    /// </summary>
    public sealed class ModuleLoadContext : AssemblyLoadContext
    {
        /// <summary>The one assembly the default context is ever handed: the entry point to the isolated graph.</summary>
        public const string CoreAssemblyName = "MmsPowerShell.Core";

        private static ModuleLoadContext? s_instance;
        private static int s_resolvingInstalled;

        private readonly string _directory;

        private ModuleLoadContext(string directory)
            : base("MmsPowerShell", isCollectible: false)
        {
            _directory = directory;
        }

        /// <summary>
        /// Creates the context for <paramref name="directory"/> (once per process) and lets the default
        /// context resolve MmsPowerShell.Core through it, and nothing else. Returns the core assembly.
        /// </summary>
        public static Assembly Install(string directory)
        {
            var context = LazyInitializer.EnsureInitialized(ref s_instance, () => new ModuleLoadContext(directory))!;
            if (Interlocked.Exchange(ref s_resolvingInstalled, 1) == 0)
            {
                Default.Resolving += ResolveCoreInDefaultContext;
            }
            return context.LoadFromAssemblyName(new AssemblyName(CoreAssemblyName));
        }

        /// <summary>Stops answering the default context (Remove-Module); loaded assemblies stay, as always in .NET.</summary>
        public static void Uninstall()
        {
            if (Interlocked.Exchange(ref s_resolvingInstalled, 0) == 1)
            {
                Default.Resolving -= ResolveCoreInDefaultContext;
            }
        }

        private static Assembly? ResolveCoreInDefaultContext(AssemblyLoadContext defaultContext, AssemblyName name)
        {
            var context = s_instance;
            return context != null && string.Equals(name.Name, CoreAssemblyName, StringComparison.Ordinal)
                ? context.LoadFromAssemblyName(name)
                : null;
        }

        /// <inheritdoc />
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Only files that ship in the folder; null sends everything else to the default context.
            var path = Path.Combine(_directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
