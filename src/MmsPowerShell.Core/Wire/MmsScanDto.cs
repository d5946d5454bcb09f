namespace MmsPowerShell.Core.Json
{
    /// <summary>GetMmsFetchMetadataJob's data: progress is a float from 1 to 10000, result is JSON inside a string.</summary>
    public sealed class MmsScanDto
    {
        public long? Id { get; set; }
        public long? SourceId { get; set; }
        public string? Status { get; set; }
        public double? Progress { get; set; }
        public string? Result { get; set; }
        public string? ErrorMsg { get; set; }
        public string? StartTime { get; set; }
        public string? EndTime { get; set; }
    }
}
