namespace MmsPowerShell.Emulator
{
    /// <summary>GetMmsTask's data and ListMmsTasks' items, in the SDK's field names.</summary>
    public sealed record TaskView(
        long Id, long JobId, string JobName, long SourceId, string SourceName, long DbId, long TableId,
        string SrcDbName, string? SrcSchemaName, string SrcTableName, string DstDbName, string? DstSchemaName, string DstTableName,
        string Type, string Status, bool Running, bool Stopped, int RetriedTimes, string CreateTime, string? StartTime, string? EndTime);
}
