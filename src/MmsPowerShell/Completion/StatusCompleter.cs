using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Commands;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -Status with the states of the command's set (what ValidateSet used to offer), no request needed.</summary>
    public sealed class StatusCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = CompletionSource.Prefix(wordToComplete);
            return StatusSets.Of(KindOf(commandName))
                .Where(state => state.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(state => new CompletionResult(state, state, CompletionResultType.ParameterValue, state));
        }

        private static StatusKind KindOf(string commandName)
        {
            // The name as typed, possibly module-qualified (MmsPowerShell\Get-MmsTask).
            switch (commandName.Substring(commandName.LastIndexOf('\\') + 1).ToUpperInvariant())
            {
                case "GET-MMSTASK": return StatusKind.Task;
                case "GET-MMSJOB": return StatusKind.Job;
                case "GET-MMSTABLEPARTITION": return StatusKind.Partition;
                default: return StatusKind.Table;
            }
        }
    }
}
