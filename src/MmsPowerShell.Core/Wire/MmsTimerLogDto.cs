namespace MmsPowerShell.Core.Json
{
    /// <summary>One entry of ListMmsTimerLogs.</summary>
    public sealed class MmsTimerLogDto
    {
        public long? Id { get; set; }
        public long? SourceId { get; set; }
        public string? Status { get; set; }
        public string? Action { get; set; }
        public string? Msg { get; set; }
        public string? CreateTime { get; set; }
    }
}
