namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class MmsTableDto
    {
        public long? Id { get; set; }
        public long? DbId { get; set; }
        public string? DbName { get; set; }
        public string? Name { get; set; }
        public string? DstProjectName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? DstName { get; set; }
        public string? Type { get; set; }
        public bool? HasPartitions { get; set; }
        public MmsTableSchemaDto? Schema { get; set; }
        public string? Owner { get; set; }
        public string? Location { get; set; }
        public string? InputFormat { get; set; }
        public string? OutputFormat { get; set; }
        public string? Serde { get; set; }
        public string? Extra { get; set; }
        public int? Partitions { get; set; }
        public int? PartitionsDoing { get; set; }
        public int? PartitionsDone { get; set; }
        public int? PartitionsFailed { get; set; }
        public long? SourceId { get; set; }
        public string? SourceName { get; set; }
        public long? Size { get; set; }
        public long? NumRows { get; set; }
        public bool? Updated { get; set; }
        public string? LastDdlTime { get; set; }
        public string? Status { get; set; }
    }
}
