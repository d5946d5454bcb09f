namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// What CreateMmsJob's and CreateMmsTimer's bodies both carry: which tables of which database to migrate, and how.
    /// A timer stores it and hands it to the job each of its runs creates.
    /// </summary>
    public abstract class MigrationScopeRequest
    {
        public long? SourceId { get; set; }
        public string? Name { get; set; }
        public string? SrcDbName { get; set; }
        public string[]? Tables { get; set; }
        public long[]? Partitions { get; set; }
        public string[]? TableBlackList { get; set; }
        public string[]? TableWhiteList { get; set; }
        public Dictionary<string, string>? PartitionFilters { get; set; }
        public Dictionary<string, string>? TableMapping { get; set; }
        public Dictionary<string, string>? ColumnMapping { get; set; }
        public bool? EnableSchemaMigration { get; set; }
        public bool? EnableDataMigration { get; set; }
        public bool? EnableVerification { get; set; }
        public JsonElement? Others { get; set; }
    }
}
