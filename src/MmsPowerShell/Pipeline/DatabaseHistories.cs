using System.Collections.Concurrent;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.History;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The migration histories (one ListMmsTasks listing per database) that Get-MmsJob and Get-MmsTable annotate what they
    /// write from, safe for requests on any thread. A database whose tasks cannot be read does not fail the objects, which
    /// were read: it is remembered with why, and the cmdlet tells it once per database at the end.
    /// </summary>
    internal sealed class DatabaseHistories
    {
        private readonly MigrationHistoryCache _cache;
        private readonly ConcurrentDictionary<string, string> _unread = new ConcurrentDictionary<string, string>();

        public DatabaseHistories(MmsApiClient client)
        {
            _cache = new MigrationHistoryCache(client);
        }

        /// <summary>Reads the database's history and hands it to <paramref name="annotate"/>; a failure of either is remembered for <see cref="WarnUnread"/>.</summary>
        public async Task AnnotateAsync(long sourceId, string dbName, Func<MigrationHistory, Task> annotate, CancellationToken token)
        {
            try
            {
                await annotate(await _cache.GetAsync(sourceId, dbName, token).ConfigureAwait(false)).ConfigureAwait(false);
            }
            catch (MmsApiException e)
            {
                _unread.TryAdd("source " + sourceId + ", database " + dbName, e.Message);
            }
        }

        /// <summary>Writes one warning per database whose history could not be read, in a stable order: (database, why) → the warning.</summary>
        public void WarnUnread(Action<string> warn, Func<string, string, string> warning)
        {
            foreach (var unread in _unread.OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                warn(warning(unread.Key, unread.Value));
            }
        }
    }
}
