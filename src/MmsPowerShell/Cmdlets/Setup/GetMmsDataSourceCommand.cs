using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Lists MMA data sources (ListMmsDataSources) or gets them by id (GetMmsDataSource).</summary>
    [Cmdlet(VerbsCommon.Get, "MmsDataSource", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsDataSource))]
    public sealed class GetMmsDataSourceCommand : MmsCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] SourceId { get; set; } = new long[0];

        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DataSourceNameCompleter))]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (ParameterSetName == ByIdSet)
            {
                GetById(nameof(SourceId), SourceId, InputIdsAttribute.TakeRejectedValue(), id => new MmsSourceReference(id),
                    (source, token) => Client.GetDataSourceAsync(source.SourceId, token));
                return;
            }
            // Data source names keep their case and the list is short, so -Name is matched here only.
            WriteList(
                (pageNum, pageSize, token) => Client.ListDataSourcesAsync(pageNum, pageSize, token),
                source => source.SourceId,
                new MmsDataSourceListReference(),
                new NameFilter(Name),
                source => source.Name,
                reportTotal: Name == null);
        }
    }
}
