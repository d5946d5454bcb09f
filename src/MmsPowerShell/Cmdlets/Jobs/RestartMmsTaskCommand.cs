using System.Management.Automation;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Runs failed migration tasks again (RetryMmsTask); MmsTask objects bind by their SourceId and TaskId.</summary>
    [Cmdlet(VerbsLifecycle.Restart, "MmsTask", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTask))]
    public sealed class RestartMmsTaskCommand : MmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public long[] TaskId { get; set; } = new long[0];

        /// <summary>Writes the task as read after the retry.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
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
                QueueRequest(token => ChangeThenReadAsync(() => Client.RetryTaskAsync(sourceId, taskId, token), PassThru, target,
                    () => Client.GetTaskAsync(sourceId, taskId, token)), target, WriteIfAny);
            }
        }
    }
}
