namespace MmsPowerShell.Emulator
{
    /// <summary>GetMmsJob's data and ListMmsJobs' items, in the SDK's field names.</summary>
    public sealed record JobView(
        long Id, string Name, long SourceId, string SourceName, long DbId, string SrcDbName, string? SrcSchemaName,
        string DstDbName, string? DstSchemaName, string Status, string Type, bool Stopped, int TaskNum, int TaskDone,
        string CreateTime, string? Eta, JobConfig Config);
}
