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
    public sealed class RestartMmsTaskCommand : MmsObjectActionCmdlet<MmsTaskReference, MmsTask>
    {
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

        private protected override string ActionName => "Retry migration task";

        private protected override bool ReadBack => PassThru;

        private protected override IReadOnlyList<MmsTaskReference> Targets() =>
            InputTargets(nameof(TaskId), TaskId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTaskReference(SourceId, id));

        private protected override Task<ErrorRecord?> RefusalAsync(MmsTaskReference task, CancellationToken token) =>
            Force ? Task.FromResult<ErrorRecord?>(null) : (_guard ?? (_guard = new RetryGuard(Client))).CheckTaskAsync(task.SourceId, task.TaskId, task, token);

        private protected override Task<long> SendAsync(MmsTaskReference task, CancellationToken token) => Client.RetryTaskAsync(task.SourceId, task.TaskId, token);

        private protected override Task<MmsTask> ReadBackAsync(MmsTaskReference task, CancellationToken token) => Client.GetTaskAsync(task.SourceId, task.TaskId, token);
    }
}
