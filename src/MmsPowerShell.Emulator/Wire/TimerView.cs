namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// GetMmsTimer's data. The timestamps follow the service's examples: createTime is epoch milliseconds as a
    /// string, updateTime is ISO-8601.
    /// </summary>
    public sealed record TimerView(
        long Id, long SourceId, long DbId, string Name, string SrcDbName, string ScheduleType, string Type, string Value,
        bool Stopped, string CreateTime, string UpdateTime, TimerConfig Config);
}
