namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class ItemResponseDto<T>
        where T : class
    {
        public string? RequestId { get; set; }
        public T? Data { get; set; }
    }
}
