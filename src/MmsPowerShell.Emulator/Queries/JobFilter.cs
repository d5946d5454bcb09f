using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>ListMmsJobs' query filters and sorter, as job-operations.md 4.1 describes them.</summary>
    public static class JobFilter
    {
        public static IEnumerable<MigrationJob> Apply(IEnumerable<MigrationJob> jobs, IQueryCollection query)
        {
            string? name = query["name"];
            if (!string.IsNullOrEmpty(name))
            {
                // A prefix, like the other lists' name filters.
                jobs = jobs.Where(j => j.Name.StartsWith(name, StringComparison.Ordinal));
            }
            jobs = Exact(jobs, query["srcDbName"], j => j.SrcDbName);
            jobs = Exact(jobs, query["dstDbName"], j => j.DstDbName);
            jobs = Exact(jobs, query["status"], j => j.Status);
            string? srcTable = query["srcTableName"];
            if (!string.IsNullOrEmpty(srcTable))
            {
                jobs = jobs.Where(j => j.Tasks.Any(t => t.SrcTableName == srcTable));
            }
            string? dstTable = query["dstTableName"];
            if (!string.IsNullOrEmpty(dstTable))
            {
                jobs = jobs.Where(j => j.Tasks.Any(t => t.DstTableName == dstTable));
            }
            if (Flag(query["stopped"]) is bool stopped)
            {
                jobs = jobs.Where(j => j.Stopped == stopped);
            }
            if (long.TryParse(query["timerId"], NumberStyles.None, CultureInfo.InvariantCulture, out long timerId))
            {
                jobs = jobs.Where(j => j.TimerId == timerId);
            }
            return Sorters.By(jobs, query, j => j.Id, ("sorter.status", j => j.Status));
        }

        /// <summary>The SDK types ListMmsJobs' stopped as int64 and the docs show false, so both spellings are accepted.</summary>
        public static bool? Flag(string? text) => text switch
        {
            "true" or "True" or "1" => true,
            "false" or "False" or "0" => false,
            _ => null,
        };

        public static IEnumerable<T> Exact<T>(IEnumerable<T> items, string? wanted, Func<T, string?> field) =>
            string.IsNullOrEmpty(wanted) ? items : items.Where(i => field(i) == wanted);
    }
}
