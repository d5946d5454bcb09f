namespace MmsPowerShell.Emulator
{
    /// <summary>GetMmsTimer's config object, with the fields job-operations.md 4.5 lists.</summary>
    public sealed record TimerConfig(
        Dictionary<string, string>? ColumnMapping,
        bool? EnableDataMigration,
        bool? EnableSchemaMigration,
        bool? EnableVerification,
        JsonElement? Others,
        Dictionary<string, string>? PartitionFilters,
        long[]? Partitions,
        string[]? TableBlackList,
        Dictionary<string, string>? TableMapping,
        string[]? TableWhiteList,
        string[]? Tables);
}
