using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target object of a per-partition error; its properties bind back to Get-MmsTablePartition.</summary>
    public sealed class MmsPartitionReference : MmsReference
    {
        public MmsPartitionReference(long sourceId, long partitionId)
        {
            SourceId = sourceId;
            PartitionId = partitionId;
        }

        public long SourceId { get; }

        public long PartitionId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.PartitionNotFound;

        public override string ToString() => "source " + SourceId + ", partition " + PartitionId;
    }
}
