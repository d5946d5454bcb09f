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
            return await MmsMigrationRunReader.FromJobsAsync(client, sourceId, string.Empty, jobs, token).ConfigureAwait(false);
        }
    }
}
