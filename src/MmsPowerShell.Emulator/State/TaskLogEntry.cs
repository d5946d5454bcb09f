namespace MmsPowerShell.Emulator
{
    /// <summary>One entry of ListMmsTaskLogs: a step a task took.</summary>
    public sealed record TaskLogEntry(long Id, long TaskId, long SourceId, string Status, string Action, string Msg, string CreateTime);
}
