using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// Cuts the tables in scope into jobs: by database, then by destination (a job has one dstDbName), each group
    /// in table-id order, chunks of at most tablesPerJob. Chunk numbers run on per database across its destination
    /// groups and after the run's existing jobs of that database, and a table one of the run's jobs already has is
    /// never planned again: that is what makes a rerun create nothing twice.
    /// </summary>
    public static class MigrationPlanner
    {
        public static MigrationPlan Plan(string runName, int tablesPerJob, MigrationDestinations destinations, IEnumerable<MmsTable> tables,
            IEnumerable<MmsMigrationRunJob> existingJobs)
        {
            if (tablesPerJob < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(tablesPerJob), tablesPerJob, "A job holds at least one table.");
            }
            var taken = new HashSet<(string Db, string Table)>();
            var lastNumber = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (MmsMigrationRunJob job in existingJobs)
            {
                foreach (string table in job.Tables)
                {
                    taken.Add((job.DbName, table));
                }
                int number = MigrationJobNames.NumberOf(runName, job.DbName, job.Name);
                lastNumber[job.DbName] = Math.Max(number, lastNumber.TryGetValue(job.DbName, out int seen) ? seen : 0);
            }

            var newJobs = new List<MmsMigrationRunJob>();
            var withoutDestination = new List<MmsTable>();
            int alreadyPlanned = 0;
            var seenIds = new HashSet<long>();
            var byDatabase = new SortedDictionary<string, List<(MmsTable Table, string Destination)>>(StringComparer.Ordinal);
            foreach (MmsTable table in tables)
            {
                // The same table piped twice (two listings) is planned once.
                if (!seenIds.Add(table.TableId))
                {
                    continue;
                }
                string db = table.DbName ?? string.Empty;
                if (taken.Contains((db, table.Name ?? string.Empty)))
                {
                    alreadyPlanned++;
                    continue;
                }
                string? destination = destinations.For(table);
                if (destination == null)
                {
                    withoutDestination.Add(table);
                    continue;
                }
                if (!byDatabase.TryGetValue(db, out var list))
                {
                    byDatabase[db] = list = new List<(MmsTable, string)>();
                }
                list.Add((table, destination));
            }

            foreach (var database in byDatabase)
            {
                int number = lastNumber.TryGetValue(database.Key, out int last) ? last : 0;
                // Destination groups in the order of their first table id, each in table-id order.
                var groups = database.Value
                    .OrderBy(t => t.Table.TableId)
                    .GroupBy(t => t.Destination, StringComparer.Ordinal);
                foreach (var group in groups)
                {
                    var chunk = new List<MmsTable>(tablesPerJob);
                    foreach (var entry in group)
                    {
                        chunk.Add(entry.Table);
                        if (chunk.Count == tablesPerJob)
                        {
                            newJobs.Add(NewJob(runName, database.Key, ++number, group.Key, chunk));
                            chunk = new List<MmsTable>(tablesPerJob);
                        }
                    }
                    if (chunk.Count > 0)
                    {
                        newJobs.Add(NewJob(runName, database.Key, ++number, group.Key, chunk));
                    }
                }
            }
            return new MigrationPlan(newJobs, withoutDestination.OrderBy(t => t.TableId).ToList(), alreadyPlanned);
        }

        private static MmsMigrationRunJob NewJob(string runName, string dbName, int number, string destination, List<MmsTable> chunk) =>
            new MmsMigrationRunJob
            {
                Name = MigrationJobNames.For(runName, dbName, number),
                DbName = dbName,
                DestinationProject = destination,
                Tables = new MmsList<string>(chunk.Select(t => t.Name ?? string.Empty)),
                Status = MigrationJobStatus.Planned,
                Bytes = chunk.Sum(t => Math.Max(0, t.Size ?? 0)),
            };
    }
}
