using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// The tables a run may plan: the source's (or some databases') tables in the given states, read page by page.
    /// The whole list is read and the states are picked here, not by the service's status filter: while jobs run (a
    /// killed run's, which the rerun must plan around) tables leave a filtered list, every later table moves up, and a
    /// page read after the move skips tables that then are in no job, while the run still ends Done. The unfiltered
    /// list only changes when tables are added or removed.
    /// </summary>
    public static class MigrationScope
    {
        /// <param name="databases">Databases to read; null reads the whole source in one listing.</param>
        /// <param name="statuses">Table states as the service spells them.</param>
        public static async Task<List<MmsTable>> ReadTablesAsync(MmsApiClient client, long sourceId, IReadOnlyList<string>? databases,
            IReadOnlyList<string> statuses, int parallel, CancellationToken token)
        {
            if (databases == null)
            {
                return await ReadAsync(client, sourceId, new MmsTableQuery(), statuses, parallel, token).ConfigureAwait(false);
            }
            var tables = new List<MmsTable>();
            foreach (string db in databases)
            {
                tables.AddRange(await ReadAsync(client, sourceId, new MmsTableQuery { DbName = db }, statuses, parallel, token).ConfigureAwait(false));
            }
            return tables;
        }

        public static async Task<List<string>> ReadDatabaseNamesAsync(MmsApiClient client, long sourceId, int parallel, CancellationToken token)
        {
            List<MmsDatabase> databases = await PagedReader.ReadAllAsync((page, size, t) => client.ListDatabasesAsync(sourceId, null, page, size, t), d => d.DbId,
                parallel, token).ConfigureAwait(false);
            return databases.Select(d => d.DbName ?? string.Empty).Where(n => n.Length > 0).Distinct().ToList();
        }

        private static async Task<List<MmsTable>> ReadAsync(MmsApiClient client, long sourceId, MmsTableQuery query, IReadOnlyList<string> statuses, int parallel,
            CancellationToken token)
        {
            List<MmsTable> tables = await PagedReader.ReadAllAsync((page, size, t) => client.ListTablesAsync(sourceId, query, page, size, t), t => t.TableId,
                parallel, token).ConfigureAwait(false);
            var wanted = new HashSet<string>(statuses, System.StringComparer.OrdinalIgnoreCase);
            return wanted.Count == 0 ? tables : tables.Where(t => t.Status != null && wanted.Contains(t.Status)).ToList();
        }
    }
}
