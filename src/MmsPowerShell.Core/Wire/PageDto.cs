namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class PageDto<T>
        where T : class
    {
        public T?[]? ObjectList { get; set; }
        public long? Total { get; set; }
    }
}
