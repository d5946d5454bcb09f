namespace MmsPowerShell.Core.Json
{
    /// <summary>The envelope of operations whose data is a bare array without paging (ListMmsTaskLogs, ListMmsDataSourceConfigItems).</summary>
    public sealed class ArrayResponseDto<T>
        where T : class
    {
        public string? RequestId { get; set; }
        public T?[]? Data { get; set; }
    }
}
