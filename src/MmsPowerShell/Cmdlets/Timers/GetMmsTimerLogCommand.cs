using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Lists what a timer did: created, updated, started a job, failed to (ListMmsTimerLogs).</summary>
    [Cmdlet(VerbsCommon.Get, "MmsTimerLog", SupportsPaging = true)]
    [OutputType(typeof(MmsTimerLog))]
    public sealed class GetMmsTimerLogCommand : MmsSourceObjectCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(TimerIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] TimerId { get; set; } = new long[0];

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            foreach (MmsTimerReference timer in InputTargets(nameof(TimerId), TimerId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTimerReference(SourceId, id)))
            {
                WriteList(
                    (pageNum, pageSize, token) => Client.ListTimerLogsAsync(timer.SourceId, timer.TimerId, pageNum, pageSize, token),
                    log => log.LogId,
                    timer,
                    keysAreIds: false);
            }
        }
    }
}
