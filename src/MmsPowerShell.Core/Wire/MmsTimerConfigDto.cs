namespace MmsPowerShell.Core.Json
{
    /// <summary>GetMmsTimer's config: the scope and options the timer's jobs are created with.</summary>
    public sealed class MmsTimerConfigDto
    {
        public string?[]? Tables { get; set; }
        public long?[]? Partitions { get; set; }
        public string?[]? TableBlackList { get; set; }
        public string?[]? TableWhiteList { get; set; }
        public Dictionary<string, string?>? PartitionFilters { get; set; }
        public Dictionary<string, string?>? TableMapping { get; set; }
        public Dictionary<string, string?>? ColumnMapping { get; set; }
        public bool? EnableSchemaMigration { get; set; }
        public bool? EnableDataMigration { get; set; }
        public bool? EnableVerification { get; set; }
        public JsonElement? Others { get; set; }
    }
}
