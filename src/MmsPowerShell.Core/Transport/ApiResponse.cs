namespace MmsPowerShell.Core.Http
{
    /// <summary>A successful (2xx) answer: its body and the request id from the header.</summary>
    public sealed class ApiResponse
    {
        public ApiResponse(int httpStatus, string? headerRequestId, byte[] body)
        {
            HttpStatus = httpStatus;
            HeaderRequestId = headerRequestId;
            Body = body;
        }

        public int HttpStatus { get; }

        public string? HeaderRequestId { get; }

        public byte[] Body { get; }
    }
}
