using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes Get-MmsDataSourceConfigItem -Key with the config keys of the -Type on the command line (what
    /// ConfigKeyCompleter reads for -Config), each item's type, name and description as the tooltip.
    /// </summary>
    public sealed class ConfigItemKeyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string? type = ConfigKeyCompleter.BoundType(fakeBoundParameters);
            if (type == null)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            string prefix = CompletionSource.Prefix(wordToComplete);
            return ConfigKeyCompleter.Load(fakeBoundParameters, type)
                .Where(i => i.Key != null && i.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(i => new CompletionResult(CompletionSource.Quote(i.Key!), i.Key, CompletionResultType.ParameterValue, ConfigKeyCompleter.Tooltip(i)));
        }
    }
}
