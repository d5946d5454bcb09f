using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets the log of migration tasks (ListMmsTaskLogs): every step each took, oldest first, with the service's messages.</summary>
    /// <remarks>MmsTask objects bind by their SourceId and TaskId properties, so Get-MmsTask output pipes straight in.</remarks>
    [Cmdlet(VerbsCommon.Get, "MmsTaskLog")]
    [OutputType(typeof(MmsTaskLog))]
    public sealed class GetMmsTaskLogCommand : MmsSourceObjectCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public long[] TaskId { get; set; } = new long[0];

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            foreach (MmsTaskReference task in InputTargets(nameof(TaskId), TaskId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTaskReference(SourceId, id)))
            {
                QueueRead(token => Client.ListTaskLogsAsync(task.SourceId, task.TaskId, token), task,
                    logs => WriteLogsOf(task.SourceId, task.TaskId, logs));
            }
        }

        /// <summary>Writes the task's entries; entries the service put in for other tasks are left out, with one warning.</summary>
        private void WriteLogsOf(long sourceId, long taskId, MmsTaskLog[] logs)
        {
            var others = new SortedSet<long>();
            int foreign = 0;
            foreach (MmsTaskLog log in logs)
            {
                if (log.TaskId == taskId)
                {
                    WriteObject(log);
                    continue;
                }
                foreign++;
                others.Add(log.TaskId);
            }
            if (foreign > 0)
            {
                WriteWarning("The service answered the log of task " + taskId + " with " + foreign + " entr" + (foreign == 1 ? "y" : "ies") +
                             " of other tasks (" + string.Join(", ", others.Take(5)) + (others.Count > 5 ? ", ..." : string.Empty) +
                             "); they were left out. Read a task's own log with Get-MmsTaskLog -SourceId " + sourceId + " -TaskId <its id>.");
            }
        }
    }
}
