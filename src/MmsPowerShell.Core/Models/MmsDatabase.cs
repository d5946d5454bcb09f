namespace MmsPowerShell.Core.Models
{
    /// <summary>A database of an MMA data source. SourceId and DbName bind to Get-MmsTable down the pipeline.</summary>
    public sealed partial class MmsDatabase
    {
        public long SourceId { get; internal set; }
        public string? SourceName { get; internal set; }
        public long DbId { get; internal set; }
        public string? DbName { get; internal set; }
        public string? Description { get; internal set; }
        /// <summary>INIT, DOING, DONE, PART_DONE or FAILED as the service writes it (a newer state as sent).</summary>
        public string? Status { get; internal set; }
        public string? DestinationProject { get; internal set; }
        /// <summary>
        /// The destination schema: the service's dstName. Set-MmsDatabase sets it with -DestinationSchema, which also
        /// answers to -DestinationName, this property's name.
        /// </summary>
        public string? DestinationName { get; internal set; }
        public string? Owner { get; internal set; }
        public string? Location { get; internal set; }
        /// <summary>Bytes; null when the service does not know (Hive reports -1).</summary>
        public long? Size { get; internal set; }
        /// <summary>Rows; null when the service does not know (Hive reports -1).</summary>
        public long? NumRows { get; internal set; }
        public DateTime? LastDdlTime { get; internal set; }
        public bool MetadataUpdated { get; internal set; }
        public int TableCount { get; internal set; }
        public int TablesDoing { get; internal set; }
        public int TablesDone { get; internal set; }
        public int TablesFailed { get; internal set; }
        public int TablesPartDone { get; internal set; }
        public int PartitionCount { get; internal set; }
        public int PartitionsDoing { get; internal set; }
        public int PartitionsDone { get; internal set; }
        public int PartitionsFailed { get; internal set; }
        public string? RequestId { get; internal set; }

        public override string ToString() => DbName ?? string.Empty;
    }
}
