using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes Get-MmsTableColumn -Name with the columns and partition keys of the -SourceId/-TableId table on the
    /// command line (GetMmsTable), their types as tooltips.
    /// </summary>
    public sealed class TableColumnNameCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound)
        {
            long? sourceId = CompletionSource.BoundLong(bound, "SourceId");
            long? tableId = CompletionSource.BoundLong(bound, "TableId");
            if (sourceId == null || tableId == null)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            IEnumerable<MmsTableColumn> columns = CompletionSource.Load(bound, "table|" + sourceId + "|" + tableId,
                    (client, token) => new[] { client.GetTableAsync(sourceId.Value, tableId.Value, token).GetAwaiter().GetResult() })
                .SelectMany(t => t.Columns.Concat(t.PartitionKeys));
            return CompletionSource.Names(columns, wordToComplete, c => c.Name,
                c => c.Name + " " + c.Type + (c.IsPartitionKey ? " (partition key)" : string.Empty) +
                    (string.IsNullOrEmpty(c.Comment) ? string.Empty : ": " + c.Comment));
        }
    }
}
