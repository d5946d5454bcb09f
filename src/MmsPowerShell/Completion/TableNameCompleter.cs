using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -Name with the source's table names.</summary>
    public sealed class TableNameCompleter : MmsCompleter
    {
        /// <summary>The service filters the names by the prefix (see <see cref="TableCandidates"/>), so every table it lists is offered.</summary>
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            TableCandidates.Load(bound, CompletionSource.Prefix(wordToComplete))
                .Select(t => new CompletionResult(CompletionSource.Quote(t.Name!), t.Name, CompletionResultType.ParameterValue, TableCandidates.Tooltip(t)));
    }
}
