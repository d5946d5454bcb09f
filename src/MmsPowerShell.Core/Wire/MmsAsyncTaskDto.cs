namespace MmsPowerShell.Core.Json
{
    /// <summary>GetMmsAsyncTask's data (wire shape; every member nullable).</summary>
    public sealed class MmsAsyncTaskDto
    {
        public long? Id { get; set; }
        public long? SourceId { get; set; }
        public string? Type { get; set; }
        public long? ObjectId { get; set; }
        public string? Status { get; set; }
        public bool? Running { get; set; }
        public int? Progress { get; set; }
        public string? Result { get; set; }
        public string? ErrorMsg { get; set; }
        public string? CreateTime { get; set; }
        public string? StartTime { get; set; }
        public string? EndTime { get; set; }
    }
}
