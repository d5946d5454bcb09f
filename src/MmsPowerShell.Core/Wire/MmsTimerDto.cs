namespace MmsPowerShell.Core.Json
{
    /// <summary>A timer as GetMmsTimer (with config) and ListMmsTimers (without) answer it.</summary>
    public sealed class MmsTimerDto
    {
        public long? Id { get; set; }
        public string? Name { get; set; }
        public long? SourceId { get; set; }
        public long? DbId { get; set; }
        public string? SrcDbName { get; set; }
        public string? ScheduleType { get; set; }
        public string? Value { get; set; }
        public string? Type { get; set; }
        public bool? Stopped { get; set; }
        public string? CreateTime { get; set; }
        public string? UpdateTime { get; set; }
        public MmsTimerConfigDto? Config { get; set; }
    }
}
