using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.History
{
    /// <summary>
    /// What the tasks of one source database say about its tables: which task last ran each table (so a table shows
    /// where a job really put it), and which later tasks migrated a failed task's table since (so a retry does not
    /// migrate it twice). Built from one ListMmsTasks listing of the database.
    /// </summary>
    public sealed class MigrationHistory
    {
        private readonly Dictionary<string, List<MmsTask>> _byTable;

        public MigrationHistory(IEnumerable<MmsTask> tasksOfDatabase)
        {
            _byTable = tasksOfDatabase
                .GroupBy(t => t.SrcTableName ?? string.Empty, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(t => t.TaskId).ToList(), StringComparer.Ordinal);
        }

        /// <summary>Reads the tasks of one source database (ListMmsTasks srcDbName, every page).</summary>
        public static async Task<MigrationHistory> ReadAsync(MmsApiClient client, long sourceId, string dbName, CancellationToken cancellationToken)
        {
            var query = new MmsTaskQuery { DbName = dbName };
            IReadOnlyList<MmsTask> tasks = await PagedReader.ReadAllAsync(
                (pageNum, pageSize, token) => client.ListTasksAsync(sourceId, query, pageNum, pageSize, token), t => t.TaskId, 1, cancellationToken)
                .ConfigureAwait(false);
            // The filter is the service's; a task of another database that slipped through must not speak for these tables.
            return new MigrationHistory(tasks.Where(t => t.SourceId == sourceId && string.Equals(t.SrcDbName, dbName, StringComparison.Ordinal)));
        }

        /// <summary>Sets the table's LastJobId, LastTaskStatus and LastDestinationProject from its latest run (nulls when none).</summary>
        public void Annotate(MmsTable table)
        {
            MmsTask? last = LatestRun(table.Name);
            table.LastJobId = last?.JobId;
            table.LastTaskStatus = last?.Status;
            table.LastDestinationProject = last?.DstDbName;
        }

        /// <summary>Sets a FAILED job's SupersededBy (empty for any other job, and for a failed job with a table not migrated since).</summary>
        public void Annotate(MmsJob job) =>
            job.SupersededBy = string.Equals(job.Status, MmsJobStatus.Failed, StringComparison.Ordinal)
                ? new MmsList<MmsSupersession>(Supersessions(job).ToList())
                : MmsList<MmsSupersession>.None;

        /// <summary>The job's tasks that ended failed, oldest first.</summary>
        public IReadOnlyList<MmsTask> FailedTasks(MmsJob job) =>
            _byTable.Values.SelectMany(t => t).Where(t => t.JobId == job.JobId && MmsTaskStatus.IsFailed(t.Status)).OrderBy(t => t.TaskId).ToList();

        /// <summary>The table's latest task that has started (a task never started moved nothing); null when none has.</summary>
        public MmsTask? LatestRun(string? tableName) =>
            _byTable.TryGetValue(tableName ?? string.Empty, out List<MmsTask>? tasks)
                ? tasks.LastOrDefault(t => !string.Equals(t.Status, MmsTaskStatus.Init, StringComparison.Ordinal) || t.StartTime != null)
                : null;

        /// <summary>
        /// The latest task of another job, created after <paramref name="failed"/>, that finished (DONE) the same
        /// table: that table's data is in place, and retrying <paramref name="failed"/> would migrate it again.
        /// </summary>
        public MmsTask? MigratedSince(MmsTask failed) =>
            _byTable.TryGetValue(failed.SrcTableName ?? string.Empty, out List<MmsTask>? tasks)
                ? tasks.LastOrDefault(t => t.TaskId > failed.TaskId && t.JobId != failed.JobId && string.Equals(t.Status, MmsTaskStatus.Done, StringComparison.Ordinal))
                : null;

        /// <summary>
        /// For a failed job: the later task that migrated each of its failed tasks' tables. The job is superseded when
        /// every failed task has one (the list is then as long as its failed tasks); empty when any has none.
        /// </summary>
        public IReadOnlyList<MmsSupersession> Supersessions(MmsJob job)
        {
            var failed = FailedTasks(job);
            var found = failed.Select(t => (Failed: t, Later: MigratedSince(t))).ToList();
            if (found.Count == 0 || found.Any(f => f.Later == null))
            {
                return Array.Empty<MmsSupersession>();
            }
            return found.Select(f => new MmsSupersession(f.Failed, f.Later!)).ToList();
        }
    }
}
