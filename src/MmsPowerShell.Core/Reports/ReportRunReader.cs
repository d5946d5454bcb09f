using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Migration;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// The run a report draws when it is read from the service: one run's jobs (by name), or, without a name, every
    /// job of the data source drawn as one run, so a report can cover migrations made by hand or by timers too.
    /// </summary>
    public static class ReportRunReader
    {
        private const int Parallel = 8;

        public static Task<MmsMigrationRun> ReadAsync(MmsApiClient client, long sourceId, string? runName, CancellationToken token) =>
            string.IsNullOrEmpty(runName)
                ? ReadSourceAsync(client, sourceId, token)
                : MmsMigrationRunReader.ReadAsync(client, sourceId, runName!, token);

        private static async Task<MmsMigrationRun> ReadSourceAsync(MmsApiClient client, long sourceId, CancellationToken token)
        {
            var query = new MmsJobQuery();
            List<MmsJob> jobs = await PagedReader.ReadAllAsync((page, size, t) => client.ListJobsAsync(sourceId, query, page, size, t), j => j.JobId, Parallel, token)
                .ConfigureAwait(false);
            var run = new MmsMigrationRun
            {
                SourceId = sourceId,
                Jobs = new MmsList<MmsMigrationRunJob>(jobs.OrderBy(j => j.SrcDbName, StringComparer.Ordinal).ThenBy(j => j.Name, StringComparer.Ordinal)
                    .Select(MmsMigrationRunReader.ToRunJob)),
                StartTime = jobs.Where(j => j.CreateTime.HasValue)
                    .Select(j => (DateTimeOffset?)new DateTimeOffset(DateTime.SpecifyKind(j.CreateTime!.Value, DateTimeKind.Local))).Min(),
            };
            Dictionary<(string Db, string Table), long> sizes = await MmsMigrationRunReader.ReadSizesAsync(client, sourceId,
                run.Jobs.Select(j => j.DbName).Distinct(StringComparer.Ordinal), token).ConfigureAwait(false);
            long SizeOf(string db, string table) => sizes.TryGetValue((db, table), out long size) ? size : 0;
            foreach (MmsMigrationRunJob job in run.Jobs)
            {
                job.Bytes = job.Tables.Sum(t => SizeOf(job.DbName, t));
            }
            await MmsMigrationRunReader.CompleteAsync(client, run, SizeOf, token).ConfigureAwait(false);
            return run;
        }
    }
}
