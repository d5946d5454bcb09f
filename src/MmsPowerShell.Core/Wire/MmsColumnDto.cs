namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class MmsColumnDto
    {
        public string? Name { get; set; }
        public string? Type { get; set; }
        public string? Comment { get; set; }
        public string? DefaultValue { get; set; }
        public bool? Nullable { get; set; }
    }
}
