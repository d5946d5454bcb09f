namespace MmsPowerShell.Core.Json
{
    /// <summary>GetMmsTask's data and ListMmsTasks' items (wire shape; every member nullable).</summary>
    public sealed class MmsTaskDto
    {
        public long? Id { get; set; }
        public long? JobId { get; set; }
        public string? JobName { get; set; }
        public long? SourceId { get; set; }
        public string? SourceName { get; set; }
        public long? DbId { get; set; }
        public long? TableId { get; set; }
        public string? SrcDbName { get; set; }
        public string? SrcSchemaName { get; set; }
        public string? SrcTableName { get; set; }
        public string? DstDbName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? DstTableName { get; set; }
        public string? Type { get; set; }
        public string? Status { get; set; }
        public bool? Running { get; set; }
        public bool? Stopped { get; set; }
        public int? RetriedTimes { get; set; }
        public string? CreateTime { get; set; }
        public string? StartTime { get; set; }
        public string? EndTime { get; set; }
    }
}
