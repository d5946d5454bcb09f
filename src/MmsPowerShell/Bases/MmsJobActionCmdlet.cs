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
    public abstract class MmsJobActionCmdlet : MmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
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
            if (!AcceptInputIds(nameof(JobId), JobId))
            {
                return;
            }
            foreach (long jobId in JobId)
            {
                long sourceId = SourceId;
                var target = new MmsJobReference(sourceId, jobId);
                if (ShouldProcess(target.ToString(), ActionName))
                {
                    QueueRequest(async token =>
                    {
                        ErrorRecord? refusal = await RefusalAsync(sourceId, jobId, target, token).ConfigureAwait(false);
                        return refusal != null ? (null, refusal) : (await ChangeAsync(sourceId, jobId, token).ConfigureAwait(false), (ErrorRecord?)null);
                    }, target, outcome =>
                    {
                        if (outcome.Item2 != null)
                        {
                            WriteError(outcome.Item2);
                        }
                        else if (outcome.Item1 != null)
                        {
                            WriteObject(outcome.Item1);
                        }
                    });
                }
            }
        }

        /// <summary>Sends the change; with -PassThru, reads the job afterwards.</summary>
        private protected virtual async Task<MmsJob?> ChangeAsync(long sourceId, long jobId, CancellationToken token)
        {
            await SendAsync(sourceId, jobId, token).ConfigureAwait(false);
            return PassThru ? await ReadAfterAsync(sourceId, jobId, token).ConfigureAwait(false) : null;
        }

        /// <summary>The job as -PassThru writes it.</summary>
        private protected virtual Task<MmsJob> ReadAfterAsync(long sourceId, long jobId, CancellationToken token) => Client.GetJobAsync(sourceId, jobId, token);

        /// <summary>Why this job must not be changed (an error written in its place, nothing sent); null to go on.</summary>
        private protected virtual Task<ErrorRecord?> RefusalAsync(long sourceId, long jobId, MmsJobReference target, CancellationToken token) =>
            Task.FromResult<ErrorRecord?>(null);

        /// <summary>The operation itself (StartMmsJob, StopMmsJob, ...).</summary>
        private protected abstract Task<long> SendAsync(long sourceId, long jobId, CancellationToken token);
    }
}
