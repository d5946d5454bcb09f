namespace MmsPowerShell.Completion
{
    /// <summary>Completes -TableId with the ids of the source's tables, their names as tooltips.</summary>
    public sealed class TableIdCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Ids(TableCandidates.Load(bound, string.Empty), wordToComplete, t => t.TableId, t => t.Name, TableCandidates.Tooltip);
    }
}
