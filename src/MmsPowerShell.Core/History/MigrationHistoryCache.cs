using System.Collections.Concurrent;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.History
{
    /// <summary>
    /// One read of a database's task history per cmdlet call: ten failed jobs (or a hundred tables) of one database
    /// cost one ListMmsTasks listing, not ten. Safe for the concurrent requests of one pipeline.
    /// </summary>
    public sealed class MigrationHistoryCache
    {
        private readonly MmsApiClient _client;
        private readonly ConcurrentDictionary<(long SourceId, string DbName), Task<MigrationHistory>> _reads =
            new ConcurrentDictionary<(long, string), Task<MigrationHistory>>();

        public MigrationHistoryCache(MmsApiClient client)
        {
            _client = client;
        }

        /// <summary>The history, read once; a read that failed is tried again by the next caller.</summary>
        public Task<MigrationHistory> GetAsync(long sourceId, string dbName, CancellationToken cancellationToken)
        {
            Task<MigrationHistory> read = _reads.GetOrAdd((sourceId, dbName), key => MigrationHistory.ReadAsync(_client, key.SourceId, key.DbName, cancellationToken));
            if (read.IsFaulted || read.IsCanceled)
            {
                _reads.TryRemove((sourceId, dbName), out _);
            }
            return read;
        }
    }
}
