using System.Management.Automation;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets the log of migration tasks (ListMmsTaskLogs): every step each took, oldest first, with the service's messages.</summary>
    /// <remarks>MmsTask objects bind by their SourceId and TaskId properties, so Get-MmsTask output pipes straight in.</remarks>
    [Cmdlet(VerbsCommon.Get, "MmsTaskLog")]
    [OutputType(typeof(MmsTaskLog))]
    public sealed class GetMmsTaskLogCommand : MmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public long[] TaskId { get; set; } = new long[0];

        protected override void ProcessRecord()
        {
            if (!AcceptInputIds(nameof(TaskId), TaskId, InputIdsAttribute.TakeRejectedValue()))
            {
                return;
            }
            foreach (long taskId in TaskId)
            {
                long sourceId = SourceId;
                QueueRequest(token => Client.ListTaskLogsAsync(sourceId, taskId, token), new MmsTaskReference(sourceId, taskId),
                    logs => WriteObject(logs, enumerateCollection: true));
            }
        }
    }
}
