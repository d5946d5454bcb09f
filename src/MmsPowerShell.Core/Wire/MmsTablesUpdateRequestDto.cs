namespace MmsPowerShell.Core.Json
{
    /// <summary>UpdateMmsTables' body: the tables of one database by name (the deprecated "tables" id list is not used).</summary>
    public sealed class MmsTablesUpdateRequestDto
    {
        public string? DbName { get; set; }
        public string?[]? TableNames { get; set; }
        public string? DstProjectName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? Status { get; set; }
    }
}
