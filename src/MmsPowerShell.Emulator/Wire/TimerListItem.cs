namespace MmsPowerShell.Emulator
{
    /// <summary>ListMmsTimers' items. createTime is in the common "yyyy-MM-dd HH:mm:ss" form (the list's format is not documented).</summary>
    public sealed record TimerListItem(
        long Id, string Name, long SourceId, long DbId, string SrcDbName, string ScheduleType, string Value, string Type, bool Stopped, string CreateTime);
}
