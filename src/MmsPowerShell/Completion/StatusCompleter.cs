using System.Management.Automation.Language;
using MmsPowerShell.Commands;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -Status with the states of the command's set (what ValidateSet used to offer), no request needed.</summary>
    /// <remarks>The one completer that is no <see cref="MmsCompleter"/>: the states it offers depend on the command's name.</remarks>
    public sealed class StatusCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            return CompletionSource.Names(StatusSets.Of(KindOf(commandName)), wordToComplete, state => state, state => state);
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
