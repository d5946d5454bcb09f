using MmsPowerShell.Commands;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes a data source type from the documented ones (no request: the list is fixed).</summary>
    public sealed class SourceTypeCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Names(DataSourceTypes.Known, wordToComplete, t => t, t => t + " data source");
    }
}
