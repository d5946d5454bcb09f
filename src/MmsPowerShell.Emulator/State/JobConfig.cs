namespace MmsPowerShell.Emulator
{
    /// <summary>GetMmsJob's config object, with exactly the fields job-operations.md lists (no enableSchema/DataMigration echo).</summary>
    public sealed record JobConfig(
        Dictionary<string, string>? ColumnMapping,
        bool? EnableVerification,
        bool? Increment,
        JsonElement? Others,
        Dictionary<string, string>? PartitionFilters,
        long[]? Partitions,
        bool? SchemaOnly,
        string[]? TableBlackList,
        string[]? TableWhiteList,
        string[]? Tables,
        Dictionary<string, string>? TableMapping,
        string? TaskType,
        string? TunnelQuota);
}
