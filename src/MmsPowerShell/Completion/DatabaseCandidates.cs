using System.Collections;
using System.Collections.Generic;
using System.Linq;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>Databases of the -SourceId already on the command line, first page only (one cache entry for -DbName and -DbId).</summary>
    internal static class DatabaseCandidates
    {
        public static IEnumerable<MmsDatabase> Load(IDictionary bound)
        {
            long? sourceId = CompletionSource.BoundLong(bound, "SourceId");
            if (sourceId == null)
            {
                return Enumerable.Empty<MmsDatabase>();
            }
            return CompletionSource.Load(bound, "dbs|" + sourceId,
                (client, token) => client.ListDatabasesAsync(sourceId.Value, null, 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items);
        }
    }
}
