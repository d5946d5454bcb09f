namespace MmsPowerShell.Emulator
{
    /// <summary>GetMmsAsyncTask's data, in the SDK's field names.</summary>
    public sealed record AsyncTaskView(
        long Id, long SourceId, string Type, long ObjectId, string Status, bool Running, int Progress,
        string? Result, string? ErrorMsg, string CreateTime, string StartTime, string? EndTime);
}
