using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>Databases of the -SourceId already on the command line, first page only (one cache entry for -DbName and -DbId).</summary>
    internal static class DatabaseCandidates
    {
        public static IEnumerable<MmsDatabase> Load(IDictionary bound) =>
            CompletionSource.FirstPageOfSource(bound, "dbs",
                (client, sourceId, pageNum, pageSize, token) => client.ListDatabasesAsync(sourceId, null, pageNum, pageSize, token));
    }
}
