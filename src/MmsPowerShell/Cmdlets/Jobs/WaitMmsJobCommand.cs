using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Jobs;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Waits for migration jobs to end (DONE or FAILED) or to be stopped, polling all of them at once (by ListMmsJobs
    /// pages per source, GetMmsJob for a job the listing does not show: MmsJobStateReader) with a progress bar each. Writes each job as it ends; a FAILED job also writes an MmsJobFailed error, so
    /// -ErrorAction Stop fails a runbook.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "MmsJob")]
    [OutputType(typeof(MmsJob))]
    public sealed class WaitMmsJobCommand : MmsSourceWaitingCmdlet
    {
        private readonly WaitList<MmsJobReference> _jobs = new WaitList<MmsJobReference>();
        private readonly HashSet<(long SourceId, long JobId)> _toldNotStarted = new HashSet<(long, long)>();
        private readonly HashSet<(long SourceId, long JobId)> _toldUnknownStatus = new HashSet<(long, long)>();

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] JobId { get; set; } = new long[0];

        public WaitMmsJobCommand()
            : base(JobPollSec)
        {
        }

        /// <summary>
        /// Seconds to wait in all, reads included; without it, the wait lasts until every job ends or Ctrl+C.
        /// -TimeoutSec is its older name, kept working: here it is not the per-attempt limit of the other cmdlets.
        /// </summary>
        [Parameter]
        [Alias("TimeoutSec")]
        [ValidateRange(1, int.MaxValue)]
        public override int WaitTimeoutSec { get; set; }

        /// <summary>
        /// Not a parameter here: -TimeoutSec names the whole wait (see <see cref="WaitTimeoutSec"/>), so each read keeps
        /// the default per-attempt timeout, and the whole wait bounds it.
        /// </summary>
        public new int TimeoutSec
        {
            get => base.TimeoutSec;
            set => base.TimeoutSec = value;
        }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            _jobs.AddRange(InputTargets(nameof(JobId), JobId, InputIdsAttribute.TakeRejectedValue(), id => new MmsJobReference(SourceId, id)));
        }

        protected override void EndProcessing()
        {
            // One reader per source: a poll round then costs a page of ListMmsJobs per 100 running jobs, not a request per job.
            Dictionary<long, MmsJobStateReader> readers = _jobs.Targets.GroupBy(job => job.SourceId)
                .ToDictionary(source => source.Key, source => new MmsJobStateReader(Client, source.Key, source.Select(job => job.JobId)));
            WaitUntilEnded(_jobs.Targets, new WaitPlan<MmsJobReference, MmsJob>
            {
                Read = (target, token) => readers[target.SourceId].ReadAsync(target.JobId, token),
                HasEnded = job => job.IsFinished || job.Stopped,
                Progress = (_, job) =>
                {
                    // Every read passes here: the first one that finds the job never started says so at once, not at the timeout.
                    WarnIfNeverStarted(job);
                    WarnIfStatusUnknown(job);
                    return new WaitProgress("Waiting for " + job, StatusLine(job), job.PercentDone);
                },
                Ended = (_, job) => Ended(job),
                StillIn = StatusLine,
                TimeoutAction = TimeoutAction,
            });
            base.EndProcessing();
        }

        private void Ended(MmsJob job)
        {
            if (!job.IsFinished)
            {
                WriteWarning(job + " was stopped while " + job.Status + ", with " + job.TaskDone + " of " + job.TaskNum + " tasks done; Start-MmsJob resumes it.");
            }
            WriteObject(job);
            if (string.Equals(job.Status, MmsJobStatus.Failed, StringComparison.OrdinalIgnoreCase))
            {
                WriteError(ErrorRecords.Create(MmsErrorIds.JobFailed,
                    job + " ended FAILED: " + job.TaskDone + " of " + job.TaskNum + " tasks done.",
                    job,
                    "See why with: Get-MmsTask -SourceId " + job.SourceId + " -JobId " + job.JobId +
                    " | Where-Object Status -like '*FAILED' | Get-MmsTaskLog. Run the failed tasks again with Restart-MmsJob."));
            }
        }

        private static string StatusLine(MmsJob job) =>
            (job.Stopped && !job.IsFinished ? "stopped, " : string.Empty) + StatusText(job) + (NeverStarted(job) ? " (not started)" : string.Empty) + ": " +
            job.TaskDone + "/" + job.TaskNum + " tasks done (" + job.PercentDone + "%)";

        /// <summary>The job's status, or "(no status)" when the service sent none, so a message never reads "is still : 0/3".</summary>
        private static string StatusText(MmsJob job) => string.IsNullOrWhiteSpace(job.Status) ? "(no status)" : job.Status!;

        private void WarnIfStatusUnknown(MmsJob job)
        {
            if (!MmsJobStatus.IsKnown(job.Status) && _toldUnknownStatus.Add((job.SourceId, job.JobId)))
            {
                WriteWarning(job + " has " + (string.IsNullOrWhiteSpace(job.Status) ? "no status (the service sent '" + job.Status + "')" : "the status '" + job.Status + "'") +
                             ", which this module does not know: the wait ends at DONE, FAILED or a stop, " +
                             "so it may go on until its timeout. Check the job with Get-MmsJob -SourceId " + job.SourceId + " -JobId " + job.JobId + ".");
            }
        }

        private void WarnIfNeverStarted(MmsJob job)
        {
            if (NeverStarted(job) && _toldNotStarted.Add((job.SourceId, job.JobId)))
            {
                WriteWarning(job + " is INIT: it was never started, so waiting alone does not end it. " +
                             "Start-MmsJob -SourceId " + job.SourceId + " -JobId " + job.JobId + " starts it (New-MmsJob only creates a job).");
            }
        }

        /// <summary>A job that was created and never started stays INIT: waiting alone never ends it.</summary>
        private static bool NeverStarted(MmsJob job) =>
            !job.Stopped && string.Equals(job.Status, MmsJobStatus.Init, StringComparison.OrdinalIgnoreCase);

        private static string TimeoutAction(MmsJobReference target, MmsJob? job) =>
            job != null && NeverStarted(job)
                ? "Start it with Start-MmsJob -SourceId " + target.SourceId + " -JobId " + target.JobId + ", then wait again."
                : "Wait longer with a larger -TimeoutSec, or look at its tasks with Get-MmsTask -SourceId " + target.SourceId + " -JobId " + target.JobId + ".";
    }
}
