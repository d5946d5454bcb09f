using System.Management.Automation;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Lists what a timer did: created, updated, started a job, failed to (ListMmsTimerLogs).</summary>
    [Cmdlet(VerbsCommon.Get, "MmsTimerLog", SupportsPaging = true)]
    [OutputType(typeof(MmsTimerLog))]
    public sealed class GetMmsTimerLogCommand : MmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(TimerIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] TimerId { get; set; } = new long[0];

        protected override void ProcessRecord()
        {
            if (!AcceptInputIds(nameof(TimerId), TimerId, InputIdsAttribute.TakeRejectedValue()))
            {
                return;
            }
            long sourceId = SourceId;
            foreach (long timerId in TimerId)
            {
                WriteList(
                    (pageNum, pageSize, token) => Client.ListTimerLogsAsync(sourceId, timerId, pageNum, pageSize, token),
                    log => log.LogId,
                    new MmsTimerReference(sourceId, timerId),
                    keysAreIds: false);
            }
        }
    }
}
