namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class MmsTableSchemaDto
    {
        public string? Name { get; set; }
        public string? Comment { get; set; }
        public MmsColumnDto?[]? Columns { get; set; }
        public MmsColumnDto?[]? Partitions { get; set; }
    }
}
