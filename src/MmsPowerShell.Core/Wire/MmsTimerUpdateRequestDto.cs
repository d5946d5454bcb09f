namespace MmsPowerShell.Core.Json
{
    /// <summary>UpdateMmsTimer's body (SDK 5.1.0 sends only these three fields); a null member keeps the timer's value.</summary>
    public sealed class MmsTimerUpdateRequestDto
    {
        public string? ScheduleType { get; set; }
        public string? Value { get; set; }
        public bool? Stopped { get; set; }
    }
}
