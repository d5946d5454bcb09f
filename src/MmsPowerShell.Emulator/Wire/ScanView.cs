namespace MmsPowerShell.Emulator
{
    /// <summary>GetMmsFetchMetadataJob's data. progress is a float from 1 to 10000; result is JSON inside a string.</summary>
    public sealed record ScanView(long Id, long SourceId, string Status, float Progress, string? Result, string? ErrorMsg, string StartTime, string? EndTime);
}
