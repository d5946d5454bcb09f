namespace MmsPowerShell.Core.Json
{
    /// <summary>UpdateMmsTable's body; a null member is not sent, so the service keeps that value.</summary>
    public sealed class MmsTableUpdateRequestDto
    {
        public string? DstProjectName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? DstName { get; set; }
        public string? Status { get; set; }
    }
}
