using System.Management.Automation;
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
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public long[] TaskId { get; set; } = new long[0];

        protected override void ProcessRecord()
        {
            foreach (MmsTaskReference task in InputTargets(nameof(TaskId), TaskId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTaskReference(SourceId, id)))
            {
                QueueRequest(token => Client.ListTaskLogsAsync(task.SourceId, task.TaskId, token), task,
                    logs => WriteObject(logs, enumerateCollection: true));
            }
        }
    }
}
