using MmsPowerShell.Completion;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Lists the timers (scheduled migrations) of a data source (ListMmsTimers) or gets them by id with their scope (GetMmsTimer).</summary>
    [Cmdlet(VerbsCommon.Get, "MmsTimer", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsTimer))]
    public sealed class GetMmsTimerCommand : MmsSourceListingCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TimerIdCompleter))]
        public long[] TimerId { get; set; } = new long[0];

        [Parameter(Position = 1, ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string? DbName { get; set; }

        /// <summary>Timers whose tables include this one.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TableNameCompleter))]
        public string? TableName { get; set; }

        /// <summary>-Stopped lists only stopped timers, -Stopped:$false only running ones.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        public SwitchParameter Stopped { get; set; }

        private protected override void GetByIds() =>
            GetById(nameof(TimerId), TimerId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTimerReference(SourceId, id),
                (timer, token) => Client.GetTimerAsync(timer.SourceId, timer.TimerId, token));

        private protected override void List(long sourceId)
        {
            var nameFilter = new NameFilter(Name);
            var query = new MmsTimerQuery
            {
                NamePrefix = nameFilter.ServerPrefix,
                DbName = DbName,
                TableName = TableName,
                Stopped = BoundValue(nameof(Stopped), Stopped.IsPresent),
            };
            WriteList(
                (pageNum, pageSize, token) => Client.ListTimersAsync(sourceId, query, pageNum, pageSize, token),
                timer => timer.TimerId,
                new MmsSourceReference(sourceId),
                nameFilter,
                timer => timer.Name,
                reportTotal: ReportTotal);
        }
    }
}
