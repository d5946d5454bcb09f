using System;
using System.Collections.Generic;
using System.Management.Automation;
using MmsPowerShell.Completion;
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
    public sealed class GetMmsAsyncTaskCommand : MmsCmdlet
    {
        private const double DefaultPollIntervalSec = 1;

        private readonly List<MmsReference> _waitFor = new List<MmsReference>();
        private readonly HashSet<(long SourceId, long AsyncTaskId)> _seen = new HashSet<(long, long)>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        public long[] AsyncTaskId { get; set; } = new long[0];

        /// <summary>Polls until each task stops running, then writes it.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>With -Wait: seconds to wait in all; without it, until every task ends or Ctrl+C.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int WaitTimeoutSec { get; set; }

        /// <summary>With -Wait: seconds between two reads of a task.</summary>
        [Parameter]
        [ValidateRange(Poller.MinIntervalSec, Poller.MaxIntervalSec)]
        public double PollIntervalSec { get; set; } = DefaultPollIntervalSec;

        protected override void ProcessRecord()
        {
            if (!AcceptInputIds(nameof(AsyncTaskId), AsyncTaskId))
            {
                return;
            }
            foreach (long asyncTaskId in AsyncTaskId)
            {
                long sourceId = SourceId;
                var target = new MmsAsyncTaskReference(sourceId, asyncTaskId);
                if (!Wait)
                {
                    QueueRequest(token => Client.GetAsyncTaskAsync(sourceId, asyncTaskId, token), target, task => WriteObject(task));
                }
                else if (_seen.Add((sourceId, asyncTaskId)))
                {
                    // A task given twice is waited for, and written, once.
                    _waitFor.Add(target);
                }
            }
        }

        protected override void EndProcessing()
        {
            if (Wait && _waitFor.Count > 0)
            {
                // Errors for bad input rows come first, as they would without -Wait.
                DrainWindow();
                WaitForTasks();
            }
            base.EndProcessing();
        }

        private void WaitForTasks()
        {
            int? timeout = BoundValue(nameof(WaitTimeoutSec), WaitTimeoutSec);
            new Poller(this, TimeSpan.FromSeconds(PollIntervalSec), timeout.HasValue ? TimeSpan.FromSeconds(timeout.Value) : (TimeSpan?)null).Run<MmsAsyncTask>(
                _waitFor,
                (target, token) => Client.GetAsyncTaskAsync(((MmsAsyncTaskReference)target).SourceId, ((MmsAsyncTaskReference)target).AsyncTaskId, token),
                task => !task.Running,
                (target, task) => ("Waiting for " + target, (task.Type == null ? string.Empty : task.Type + ": ") + (task.Status ?? "running"), task.Progress),
                (target, task) => Ended((MmsAsyncTaskReference)target, task),
                (target, task) => WriteError(ErrorRecords.Create(MmsErrorIds.WaitTimeout,
                    (task?.ToString() ?? target.ToString()) + " is still " + (task?.Status ?? "running") + " after " + timeout + " s (" + target + ").",
                    (object?)task ?? target,
                    "It goes on: wait longer with a larger -WaitTimeoutSec, or check later with Get-MmsAsyncTask -SourceId " +
                    ((MmsAsyncTaskReference)target).SourceId + " -AsyncTaskId " + ((MmsAsyncTaskReference)target).AsyncTaskId + ".")));
        }

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
