namespace MmsPowerShell.Core.Json
{
    /// <summary>GetMmsJob's data and ListMmsJobs' items (wire shape; every member nullable).</summary>
    public sealed class MmsJobDto
    {
        public long? Id { get; set; }
        public string? Name { get; set; }
        public long? SourceId { get; set; }
        public string? SourceName { get; set; }
        public long? DbId { get; set; }
        public string? SrcDbName { get; set; }
        public string? SrcSchemaName { get; set; }
        public string? DstDbName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? Status { get; set; }
        public string? Type { get; set; }
        public bool? Stopped { get; set; }
        public int? TaskNum { get; set; }
        public int? TaskDone { get; set; }
        public string? CreateTime { get; set; }
        public string? Eta { get; set; }
        public MmsJobConfigDto? Config { get; set; }
    }
}
