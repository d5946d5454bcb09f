using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Lists the partitions of MMA tables (ListMmsPartitions) or gets partitions by id (GetMmsPartition).</summary>
    [Cmdlet(VerbsCommon.Get, "MmsTablePartition", DefaultParameterSetName = InputObjectSet, SupportsPaging = true)]
    [OutputType(typeof(MmsPartition))]
    public sealed class GetMmsTablePartitionCommand : MmsCmdlet
    {
        private const string InputObjectSet = "InputObject";
        private const string TableIdSet = "TableId";
        private const string ByIdSet = "ById";

        /// <summary>Tables whose partitions to list, from Get-MmsTable.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [ValidateNotNull]
        public MmsTable[] InputObject { get; set; } = new MmsTable[0];

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TableIdSet)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = TableIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(TableIdCompleter))]
        public long[] TableId { get; set; } = new long[0];

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        public long[] PartitionId { get; set; } = new long[0];

        /// <summary>Partition states to keep (partitions have no PART_DONE).</summary>
        [Parameter(ParameterSetName = InputObjectSet)]
        [Parameter(ParameterSetName = TableIdSet)]
        [SupportsWildcards]
        [ValidateStatus(StatusKind.Partition)]
        [ArgumentCompleter(typeof(StatusCompleter))]
        public string[]? Status { get; set; }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            switch (ParameterSetName)
            {
                case ByIdSet:
                    GetById(nameof(PartitionId), PartitionId, InputIdsAttribute.TakeRejectedValue(), id => new MmsPartitionReference(SourceId, id),
                        (partition, token) => Client.GetPartitionAsync(partition.SourceId, partition.PartitionId, token));
                    break;
                case TableIdSet:
                    foreach (long tableId in TableId)
                    {
                        List(SourceId, tableId);
                    }
                    break;
                default:
                    foreach (MmsTable table in InputObject)
                    {
                        List(table.SourceId, table.TableId);
                    }
                    break;
            }
        }

        private void List(long sourceId, long tableId)
        {
            var statuses = StatusSets.Expand(Status, StatusKind.Partition);
            // -IncludeTotalCount: each table's count comes before its partitions.
            WriteList(
                (pageNum, pageSize, token) => Client.ListPartitionsAsync(sourceId, tableId, statuses, pageNum, pageSize, token),
                partition => partition.PartitionId,
                new MmsTableReference(sourceId, tableId),
                reportTotal: true);
        }
    }
}
