namespace MmsPowerShell.Emulator
{
    /// <summary>CreateMmsFetchMetadataJob's body: an empty body scans the whole source.</summary>
    public sealed class ScanRequest
    {
        public string? DbName { get; set; }
        public string[]? TableNames { get; set; }
    }
}
