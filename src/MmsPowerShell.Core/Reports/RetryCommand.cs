using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// The commands that retry failed tables, spelled with ids only: a task id names exactly one table's task (RetryMmsTask
    /// runs it again), so the command can neither miss nor catch another table, and no name from the service ends up
    /// inside a command someone will paste into a shell. A failed table whose task is unknown is retried through its job
    /// (RetryMmsJob runs the job's failed tasks again).
    /// </summary>
    internal static class RetryCommand
    {
        /// <summary>Null when neither the task nor the job is known.</summary>
        public static string? For(MmsMigrationFailedTable table, long runSourceId)
        {
            if (table.TaskId <= 0 && table.JobId <= 0)
            {
                return null;
            }
            long sourceId = table.SourceId > 0 ? table.SourceId : runSourceId;
            return table.TaskId > 0
                ? "Restart-MmsTask -SourceId " + Id(sourceId) + " -TaskId " + Id(table.TaskId)
                : "Restart-MmsJob -SourceId " + Id(sourceId) + " -JobId " + Id(table.JobId);
        }

        /// <summary>One command per data source for every failed table (the ids as one list), in the tables' order.</summary>
        public static IEnumerable<string> ForAll(IEnumerable<MmsMigrationFailedTable> tables, long runSourceId)
        {
            var lines = new List<string>();
            foreach (IGrouping<long, MmsMigrationFailedTable> source in tables.GroupBy(t => t.SourceId > 0 ? t.SourceId : runSourceId))
            {
                List<long> tasks = source.Where(t => t.TaskId > 0).Select(t => t.TaskId).Distinct().ToList();
                List<long> jobs = source.Where(t => t.TaskId <= 0).Select(t => t.JobId).Where(id => id > 0).Distinct().ToList();
                if (tasks.Count > 0)
                {
                    lines.Add("Restart-MmsTask -SourceId " + Id(source.Key) + " -TaskId " + string.Join(", ", tasks.Select(Id)));
                }
                if (jobs.Count > 0)
                {
                    lines.Add("Restart-MmsJob -SourceId " + Id(source.Key) + " -JobId " + string.Join(", ", jobs.Select(Id)));
                }
            }
            return lines;
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
