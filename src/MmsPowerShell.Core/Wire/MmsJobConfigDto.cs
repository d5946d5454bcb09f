namespace MmsPowerShell.Core.Json
{
    /// <summary>A job's config object as GetMmsJob echoes it (wire shape; every member nullable).</summary>
    public sealed class MmsJobConfigDto
    {
        public Dictionary<string, string?>? ColumnMapping { get; set; }
        public bool? EnableVerification { get; set; }
        public bool? Increment { get; set; }
        public JsonElement? Others { get; set; }
        public Dictionary<string, string?>? PartitionFilters { get; set; }
        public long?[]? Partitions { get; set; }
        public bool? SchemaOnly { get; set; }
        public string?[]? TableBlackList { get; set; }
        public string?[]? TableWhiteList { get; set; }
        public string?[]? Tables { get; set; }
        public Dictionary<string, string?>? TableMapping { get; set; }
        public string? TaskType { get; set; }
        public string? TunnelQuota { get; set; }
    }
}
