namespace MmsPowerShell.Core.Models
{
    /// <summary>A partition of an MMA table and its migration status.</summary>
    public sealed partial class MmsPartition
    {
        public long SourceId { get; internal set; }
        public string? SourceName { get; internal set; }
        public long DbId { get; internal set; }
        public string? DbName { get; internal set; }
        public long TableId { get; internal set; }
        public string? TableName { get; internal set; }
        public long PartitionId { get; internal set; }

        /// <summary>The partition spec, e.g. dt=20240101/hh=00.</summary>
        public string? Value { get; internal set; }
        /// <summary>INIT, DOING, DONE, PART_DONE or FAILED as the service writes it (a newer state as sent).</summary>
        public string? Status { get; internal set; }
        /// <summary>Bytes; null when the service does not know (Hive reports -1).</summary>
        public long? Size { get; internal set; }
        /// <summary>Rows; null when the service does not know (Hive reports -1).</summary>
        public long? NumRows { get; internal set; }
        public bool MetadataUpdated { get; internal set; }
        public DateTime? LastDdlTime { get; internal set; }
        public string? DestinationProject { get; internal set; }
        public string? DestinationSchema { get; internal set; }
        public string? DestinationTable { get; internal set; }
        public string? DestinationValue { get; internal set; }
        public string? RequestId { get; internal set; }

        public override string ToString() => TableName + "/" + Value;
    }
}
