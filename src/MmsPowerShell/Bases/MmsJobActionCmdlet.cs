using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What Start-, Stop-, Restart- and Remove-MmsJob share: jobs by -SourceId/-JobId (MmsJob objects and error
    /// targets bind by property name), -WhatIf/-Confirm before any request, one bodiless POST per job that is never
    /// resent when its answer is lost, and -PassThru.
    /// </summary>
    public abstract class MmsJobActionCmdlet : MmsSourceObjectCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] JobId { get; set; } = new long[0];

        /// <summary>Writes the job as read after the change (for Remove-MmsJob: just before it).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>What ShouldProcess shows, e.g. "Start migration job".</summary>
        private protected abstract string ActionName { get; }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            foreach (MmsJobReference job in InputTargets(nameof(JobId), JobId, InputIdsAttribute.TakeRejectedValue(), id => new MmsJobReference(SourceId, id)))
            {
                if (this.ShouldChange(job.ToString(), ActionName))
                {
                    QueueRequest(async token =>
                    {
                        ErrorRecord? refusal = await RefusalAsync(job, token).ConfigureAwait(false);
                        return refusal ?? (object?)await ChangeAsync(job.SourceId, job.JobId, token).ConfigureAwait(false);
                    }, job, WriteIfAny);
                }
            }
        }

        /// <summary>Sends the change; with -PassThru, reads the job afterwards.</summary>
        private protected virtual Task<MmsJob?> ChangeAsync(long sourceId, long jobId, CancellationToken token) =>
            ChangeThenReadAsync(() => SendAsync(sourceId, jobId, token), PassThru, new MmsJobReference(sourceId, jobId),
                () => ReadBackAsync(sourceId, jobId, token));

        /// <summary>The job as -PassThru writes it.</summary>
        private protected virtual Task<MmsJob> ReadBackAsync(long sourceId, long jobId, CancellationToken token) => Client.GetJobAsync(sourceId, jobId, token);

        /// <summary>Why this job must not be changed (an error written in its place, nothing sent); null to go on.</summary>
        private protected virtual Task<ErrorRecord?> RefusalAsync(MmsJobReference job, CancellationToken token) =>
            Task.FromResult<ErrorRecord?>(null);

        /// <summary>The operation itself (StartMmsJob, StopMmsJob, ...).</summary>
        private protected abstract Task<long> SendAsync(long sourceId, long jobId, CancellationToken token);
    }
}
