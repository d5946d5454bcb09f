namespace MmsPowerShell.Core.Json
{
    /// <summary>The envelope of operations whose data is a single value (Start/Stop/Retry/Delete answer an int64).</summary>
    public sealed class ValueResponseDto<T>
        where T : struct
    {
        public string? RequestId { get; set; }
        public T? Data { get; set; }
    }
}
