namespace MmsPowerShell.Core.Json
{
    /// <summary>One entry of ListMmsTaskLogs' bare array (wire shape; every member nullable).</summary>
    public sealed class MmsTaskLogDto
    {
        public long? Id { get; set; }
        public long? TaskId { get; set; }
        public long? SourceId { get; set; }
        public string? Status { get; set; }
        public string? Action { get; set; }
        public string? Msg { get; set; }
        public string? CreateTime { get; set; }
    }
}
