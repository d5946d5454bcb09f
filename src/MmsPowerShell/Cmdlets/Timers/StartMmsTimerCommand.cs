using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Runs timers now (TriggerMmsTimer); -PassThru writes the jobs the run started, found by timerId (ListMmsJobs).</summary>
    /// <remarks>
    /// TriggerMmsTimer answers only the timer id, so the new jobs are the timer's jobs that were not there before the
    /// trigger; the service may list them a moment later, so they are looked for for a few seconds.
    /// </remarks>
    [Cmdlet(VerbsLifecycle.Start, "MmsTimer", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsJob))]
    public sealed class StartMmsTimerCommand : MmsTimerCmdlet
    {
        private static readonly TimeSpan NewJobPollInterval = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan NewJobWait = TimeSpan.FromSeconds(10);

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private protected override void ProcessTimers()
        {
            long sourceId = SourceId;
            foreach (long timerId in TimerId)
            {
                var reference = new MmsTimerRunReference(sourceId, timerId);
                if (!this.ShouldChange(reference.ToString(), "Run now: start a migration job from the timer"))
                {
                    continue;
                }
                if (!PassThru)
                {
                    QueueRequest(token => Client.TriggerTimerAsync(sourceId, timerId, token), reference, _ => { });
                    continue;
                }
                DrainWindow();
                IReadOnlyList<MmsJob> jobs;
                try
                {
                    jobs = AwaitOnPipeline(token => TriggerAndFindJobsAsync(sourceId, timerId, token));
                }
                catch (MmsApiException e)
                {
                    WriteError(ErrorRecords.FromApiError(e, reference));
                    continue;
                }
                if (jobs.Count == 0)
                {
                    WriteWarning("Timer " + timerId + " ran, but no new job of it was listed within " + NewJobWait.TotalSeconds +
                                 " s; look for it later with " + reference.OutcomeCheck + ".");
                }
                WriteObject(jobs, enumerateCollection: true);
            }
        }

        private async Task<IReadOnlyList<MmsJob>> TriggerAndFindJobsAsync(long sourceId, long timerId, CancellationToken token)
        {
            HashSet<long> before = new HashSet<long>((await TimerJobsAsync(sourceId, timerId, token).ConfigureAwait(false)).Select(j => j.JobId));
            await Client.TriggerTimerAsync(sourceId, timerId, token).ConfigureAwait(false);
            DateTime giveUp = DateTime.UtcNow + NewJobWait;
            while (true)
            {
                List<MmsJob> started = (await TimerJobsAsync(sourceId, timerId, token).ConfigureAwait(false))
                    .Where(j => !before.Contains(j.JobId)).OrderBy(j => j.JobId).ToList();
                if (started.Count > 0 || DateTime.UtcNow >= giveUp)
                {
                    return started;
                }
                await Task.Delay(NewJobPollInterval, token).ConfigureAwait(false);
            }
        }

        /// <summary>Every job of the timer, page by page.</summary>
        private async Task<List<MmsJob>> TimerJobsAsync(long sourceId, long timerId, CancellationToken token)
        {
            var query = new MmsJobQuery { TimerId = timerId };
            var jobs = new List<MmsJob>();
            for (int pageNum = 1; ; pageNum++)
            {
                MmsPage<MmsJob> page = await Client.ListJobsAsync(sourceId, query, pageNum, MmsApiClient.PageSize, token).ConfigureAwait(false);
                jobs.AddRange(page.Items);
                if (page.Items.Count < MmsApiClient.PageSize || jobs.Count >= page.Total)
                {
                    return jobs;
                }
            }
        }
    }
}
