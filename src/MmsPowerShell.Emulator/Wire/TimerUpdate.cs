namespace MmsPowerShell.Emulator
{
    /// <summary>UpdateMmsTimer's body (SDK 5.1.0 sends only these three fields).</summary>
    public sealed class TimerUpdate
    {
        public string? ScheduleType { get; set; }
        public string? Value { get; set; }
        public bool? Stopped { get; set; }
    }
}
