namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class MmsPartitionDto
    {
        public long? Id { get; set; }
        public long? DbId { get; set; }
        public long? TableId { get; set; }
        public string? DbName { get; set; }
        public string? TableName { get; set; }
        public string? Value { get; set; }
        public long? SourceId { get; set; }
        public string? SourceName { get; set; }
        public long? Size { get; set; }
        public long? NumRows { get; set; }
        public bool? Updated { get; set; }
        public string? LastDdlTime { get; set; }
        public string? Status { get; set; }
        public string? DstProjectName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? DstTableName { get; set; }
        public string? DstValue { get; set; }
    }
}
