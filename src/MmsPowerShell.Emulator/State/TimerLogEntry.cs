namespace MmsPowerShell.Emulator
{
    /// <summary>ListMmsTimerLogs' items: what a run of the timer did.</summary>
    public sealed record TimerLogEntry(long Id, long SourceId, string Status, string Action, string Msg, string CreateTime);
}
