using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>ListMmsTasks' query filters and sorters, as job-operations.md 4.2 describes them (partition is not filtered on).</summary>
    public static class TaskFilter
    {
        public static IEnumerable<MigrationTask> Apply(IEnumerable<MigrationTask> tasks, IQueryCollection query)
        {
            if (long.TryParse(query["jobId"], NumberStyles.None, CultureInfo.InvariantCulture, out long jobId))
            {
                tasks = tasks.Where(t => t.Job.Id == jobId);
            }
            tasks = JobFilter.Exact(tasks, query["jobName"], t => t.Job.Name);
            tasks = JobFilter.Exact(tasks, query["srcDbName"], t => t.Job.SrcDbName);
            tasks = JobFilter.Exact(tasks, query["srcTableName"], t => t.SrcTableName);
            tasks = JobFilter.Exact(tasks, query["dstDbName"], t => t.DstDbName);
            tasks = JobFilter.Exact(tasks, query["dstTableName"], t => t.DstTableName);
            tasks = JobFilter.Exact(tasks, query["status"], t => t.Status);
            return Sorters.By(tasks, query, t => t.Id, ("sorter.status", t => t.Status), ("sorter.startTime", t => t.StartTime));
        }
    }
}
