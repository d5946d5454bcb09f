using System.Management.Automation;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Runs failed migration tasks again (RetryMmsTask); MmsTask objects bind by their SourceId and TaskId. A failed task
    /// whose table a later job has migrated since is not retried (an MmsSuperseded error names that job), unless -Force.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Restart, "MmsTask", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTask))]
    public sealed class RestartMmsTaskCommand : MmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public long[] TaskId { get; set; } = new long[0];

        /// <summary>Retries a superseded task too, migrating its table again.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        private RetryGuard? _guard;

        /// <summary>Writes the task as read after the retry.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (!AcceptInputIds(nameof(TaskId), TaskId, InputIdsAttribute.TakeRejectedValue()))
            {
                return;
            }
            foreach (long taskId in TaskId)
            {
                long sourceId = SourceId;
                var target = new MmsTaskReference(sourceId, taskId);
                if (!this.ShouldChange(target.ToString(), "Retry migration task"))
                {
                    continue;
                }
                QueueRequest(async token =>
                {
                    ErrorRecord? refusal = Force ? null : await (_guard ?? (_guard = new RetryGuard(Client))).CheckTaskAsync(sourceId, taskId, target, token).ConfigureAwait(false);
                    return refusal ?? (object?)await ChangeThenReadAsync(() => Client.RetryTaskAsync(sourceId, taskId, token), PassThru, target,
                        () => Client.GetTaskAsync(sourceId, taskId, token)).ConfigureAwait(false);
                }, target, WriteIfAny);
            }
        }
    }
}
