using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// Where one database of a run stands, added up from its jobs. The service reports progress per task, not per
    /// table or byte, so a job's done share is its tasks done of its tasks (all of it once the job is DONE), and its
    /// tables and bytes done are that share of its tables and bytes: an estimate while a job runs, exact when it ends.
    /// </summary>
    internal sealed class DatabaseProgress
    {
        private DatabaseProgress(string dbName)
        {
            DbName = dbName;
        }

        public string DbName { get; }

        /// <summary>The destination projects of the database's jobs (usually one).</summary>
        public List<string> Projects { get; } = new List<string>();

        public long TablesPlanned { get; private set; }

        public double TablesDone { get; private set; }

        public long TablesFailed { get; private set; }

        public long BytesPlanned { get; private set; }

        public double BytesDone { get; private set; }

        /// <summary>One entry per database, in the order the run first names them (the plan's order).</summary>
        public static List<DatabaseProgress> Of(MmsMigrationRun run)
        {
            var byName = new Dictionary<string, DatabaseProgress>(StringComparer.Ordinal);
            var ordered = new List<DatabaseProgress>();
            DatabaseProgress For(string name)
            {
                if (!byName.TryGetValue(name, out DatabaseProgress? progress))
                {
                    progress = new DatabaseProgress(name);
                    byName.Add(name, progress);
                    ordered.Add(progress);
                }
                return progress;
            }
            foreach (MmsMigrationRunJob job in run.Jobs)
            {
                For(job.DbName).Add(job);
            }
            foreach (MmsMigrationFailedTable failed in run.FailedTables)
            {
                For(failed.DbName).TablesFailed++;
            }
            return ordered;
        }

        /// <summary>The share of a job that is done: all of it when DONE, else its tasks done of its tasks.</summary>
        public static double DoneShare(MmsMigrationRunJob job)
        {
            if (string.Equals(job.Status, MmsJobStatus.Done, StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }
            return job.TaskNum > 0 ? Math.Min(1, Math.Max(0, job.TaskDone) / (double)job.TaskNum) : 0;
        }

        private void Add(MmsMigrationRunJob job)
        {
            // A job read from the service alone may not carry its table names: its tasks stand for its tables then.
            long tables = job.Tables.Count > 0 ? job.Tables.Count : job.TaskNum;
            double share = DoneShare(job);
            TablesPlanned += tables;
            TablesDone += tables * share;
            BytesPlanned += job.Bytes;
            BytesDone += job.Bytes * share;
            if (!string.IsNullOrEmpty(job.DestinationProject) && !Projects.Contains(job.DestinationProject))
            {
                Projects.Add(job.DestinationProject);
            }
        }
    }
}
