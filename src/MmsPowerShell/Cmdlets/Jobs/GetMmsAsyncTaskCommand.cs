using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Gets the service's asynchronous tasks by id (GetMmsAsyncTask): the ones New-MmsJob -NoWait writes, so
    /// <c>$task | Get-MmsAsyncTask</c> refreshes them. With -Wait, polls them all at once until each stops running and
    /// writes each as it ends; one that ends failed also writes an MmsAsyncTaskFailed error.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MmsAsyncTask")]
    [OutputType(typeof(MmsAsyncTask))]
    public sealed class GetMmsAsyncTaskCommand : MmsSourceWaitingCmdlet
    {
        private readonly WaitList<MmsAsyncTaskReference> _waitFor = new WaitList<MmsAsyncTaskReference>();

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        public long[] AsyncTaskId { get; set; } = new long[0];

        public GetMmsAsyncTaskCommand()
            : base(AsyncTaskPollSec)
        {
        }

        /// <summary>Polls until each task stops running, then writes it.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (!Wait)
            {
                GetById(nameof(AsyncTaskId), AsyncTaskId, InputIdsAttribute.TakeRejectedValue(), id => new MmsAsyncTaskReference(SourceId, id),
                    (task, token) => Client.GetAsyncTaskAsync(task.SourceId, task.AsyncTaskId, token));
                return;
            }
            _waitFor.AddRange(InputTargets(nameof(AsyncTaskId), AsyncTaskId, InputIdsAttribute.TakeRejectedValue(), id => new MmsAsyncTaskReference(SourceId, id)));
        }

        protected override void EndProcessing()
        {
            if (Wait && _waitFor.Targets.Count > 0)
            {
                // Errors for bad input rows come first, as they would without -Wait.
                DrainWindow();
                WaitForTasks();
            }
            base.EndProcessing();
        }

        private void WaitForTasks() =>
            WaitUntilEnded(_waitFor.Targets, new WaitPlan<MmsAsyncTaskReference, MmsAsyncTask>
            {
                Read = (target, token) => Client.GetAsyncTaskAsync(target.SourceId, target.AsyncTaskId, token),
                HasEnded = task => !task.Running,
                Progress = (target, task) => new WaitProgress("Waiting for " + target, (task.Type == null ? string.Empty : task.Type + ": ") + (task.Status ?? "running"),
                    task.Progress),
                Ended = Ended,
                StillIn = task => task.Status ?? "running",
                TimeoutAction = (target, _) => "It goes on: wait longer with a larger -WaitTimeoutSec, or check later with " + target.ReadCommand + ".",
            });

        private void Ended(MmsAsyncTaskReference target, MmsAsyncTask task)
        {
            WriteObject(task);
            if (task.Failed)
            {
                WriteError(ErrorRecords.Create(MmsErrorIds.AsyncTaskFailed,
                    "The " + task + " of source " + target.SourceId + " failed: " + (task.ErrorMessage ?? task.Status ?? "no message").TrimEnd('.') + ".",
                    task, "Its ErrorMessage says why: correct the request that started it and send it again."));
            }
        }
    }
}
