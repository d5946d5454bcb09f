namespace MmsPowerShell.Core.Json
{
    /// <summary>UpdateMmsDb's body; dstName is the target schema of the database.</summary>
    public sealed class MmsDbUpdateRequestDto
    {
        public string? DstProjectName { get; set; }
        public string? DstName { get; set; }
        public string? Status { get; set; }
    }
}
