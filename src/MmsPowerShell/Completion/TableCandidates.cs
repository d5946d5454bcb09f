using MmsPowerShell.Core.Http;
using MmsPowerShell.Commands;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>Tables of the -SourceId (and -DbName) already on the command line, first page only.</summary>
    internal static class TableCandidates
    {
        public static IEnumerable<MmsTable> Load(IDictionary bound, string namePrefix)
        {
            long? sourceId = CompletionSource.BoundLong(bound, "SourceId");
            if (sourceId == null)
            {
                return Enumerable.Empty<MmsTable>();
            }
            var query = new MmsTableQuery { DbName = bound["DbName"] as string, NamePrefix = new NameFilter(namePrefix + "*").ServerPrefix };
            return CompletionSource.Load(bound, "tables|" + sourceId + "|" + query.DbName + "|" + query.NamePrefix,
                (client, token) => client.ListTablesAsync(sourceId.Value, query, 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items);
        }

        public static string Tooltip(MmsTable table) => table.DbName + "." + table.Name + " (" + table.Status + ")";
    }
}
