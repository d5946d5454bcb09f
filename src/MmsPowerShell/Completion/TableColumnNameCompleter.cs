using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes Get-MmsTableColumn -Name with the columns and partition keys of the -SourceId/-TableId table on the
    /// command line (GetMmsTable), their types as tooltips.
    /// </summary>
    public sealed class TableColumnNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            long? sourceId = CompletionSource.BoundLong(fakeBoundParameters, "SourceId");
            long? tableId = CompletionSource.BoundLong(fakeBoundParameters, "TableId");
            if (sourceId == null || tableId == null)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            string prefix = CompletionSource.Prefix(wordToComplete);
            return CompletionSource.Load(fakeBoundParameters, "table|" + sourceId + "|" + tableId,
                    (client, token) => new[] { client.GetTableAsync(sourceId.Value, tableId.Value, token).GetAwaiter().GetResult() })
                .SelectMany(t => t.Columns.Concat(t.PartitionKeys))
                .Where(c => c.Name != null && c.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(c => new CompletionResult(CompletionSource.Quote(c.Name!), c.Name, CompletionResultType.ParameterValue,
                    c.Name + " " + c.Type + (c.IsPartitionKey ? " (partition key)" : string.Empty) +
                    (string.IsNullOrEmpty(c.Comment) ? string.Empty : ": " + c.Comment)));
        }
    }
}
