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

        private protected override string ActionName => "Run now: start a migration job from the timer";

        private protected override Task<long> SendAsync(MmsTimerReference timer, CancellationToken token) =>
            Client.TriggerTimerAsync(timer.SourceId, timer.TimerId, token);

        private protected override void Act(MmsTimerReference timer)
        {
            // A run's jobs are checked with Get-MmsJob -TimerId, so errors point at the run, not at the timer.
            var run = new MmsTimerRunReference(timer.SourceId, timer.TimerId);
            if (!PassThru)
            {
                QueueRequest(token => SendAsync(timer, token), run, _ => { });
                return;
            }
            DrainWindow();
            IReadOnlyList<MmsJob> jobs;
            try
            {
                jobs = AwaitOnPipeline(token => TriggerAndFindJobsAsync(timer, run, token));
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, run));
                return;
            }
            catch (FollowUpReadException e)
            {
                WriteError(e.Error);
                return;
            }
            if (jobs.Count == 0)
            {
                WriteWarning("Timer " + timer.TimerId + " ran, but no new job of it was listed within " + NewJobWait.TotalSeconds +
                             " s; look for it later with " + run.OutcomeCheck + ".");
            }
            WriteObject(jobs, enumerateCollection: true);
        }

        /// <summary>Lists the timer's jobs, runs it, then lists them again until a new one shows; a listing after the run follows the follow-up rule.</summary>
        private async Task<IReadOnlyList<MmsJob>> TriggerAndFindJobsAsync(MmsTimerReference timer, MmsTimerRunReference run, CancellationToken token)
        {
            HashSet<long> before = new HashSet<long>((await TimerJobsAsync(timer, token).ConfigureAwait(false)).Select(j => j.JobId));
            await SendAsync(timer, token).ConfigureAwait(false);
            DateTime giveUp = DateTime.UtcNow + NewJobWait;
            while (true)
            {
                List<MmsJob> started = (await ReadAfterAsync(AcceptedChange.Started(run), () => TimerJobsAsync(timer, token)).ConfigureAwait(false))
                    .Where(j => !before.Contains(j.JobId)).OrderBy(j => j.JobId).ToList();
                if (started.Count > 0 || DateTime.UtcNow >= giveUp)
                {
                    return started;
                }
                await Task.Delay(NewJobPollInterval, token).ConfigureAwait(false);
            }
        }

        /// <summary>Every job of the timer, page by page.</summary>
        private async Task<List<MmsJob>> TimerJobsAsync(MmsTimerReference timer, CancellationToken token)
        {
            var query = new MmsJobQuery { TimerId = timer.TimerId };
            var jobs = new List<MmsJob>();
            for (int pageNum = 1; ; pageNum++)
            {
                MmsPage<MmsJob> page = await Client.ListJobsAsync(timer.SourceId, query, pageNum, MmsApiClient.PageSize, token).ConfigureAwait(false);
                jobs.AddRange(page.Items);
                if (page.Items.Count < MmsApiClient.PageSize || jobs.Count >= page.Total)
                {
                    return jobs;
                }
            }
        }
    }
}
