namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class ListResponseDto<T>
        where T : class
    {
        public string? RequestId { get; set; }
        public PageDto<T>? Data { get; set; }
    }
}
