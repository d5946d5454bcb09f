namespace MmsPowerShell.Core.Json
{
    /// <summary>CreateMmsFetchMetadataJob's body; empty means the whole source.</summary>
    public sealed class MmsScanCreateRequestDto
    {
        public string? DbName { get; set; }
        public string?[]? TableNames { get; set; }
    }
}
