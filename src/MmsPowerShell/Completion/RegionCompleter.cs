using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Connection;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -Region from the region ids the module knows, their names as tooltips; no request is sent.</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = CompletionSource.Prefix(wordToComplete);
            return KnownRegions.Ids
                .Where(id => id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(id => new CompletionResult(id, id, CompletionResultType.ParameterValue, KnownRegions.NameOf(id)));
        }
    }
}
