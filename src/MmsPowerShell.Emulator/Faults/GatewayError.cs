using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>An error answered in the API gateway's PascalCase shape.</summary>
    public sealed class GatewayError
    {
        public GatewayError(int status, string code, string message)
        {
            Status = status;
            Code = code;
            Message = message;
        }

        public int Status { get; }
        public string Code { get; }
        public string Message { get; }

        /// <summary>Also sets x-acs-request-id: answers that never reach an operation (unknown paths) need it too.</summary>
        public IResult ToResult(HttpContext context, string requestId)
        {
            context.Response.Headers["x-acs-request-id"] = requestId;
            return Results.Content(JsonSerializer.Serialize(new
            {
                RequestId = requestId,
                HostId = context.Request.Host.Value,
                Code,
                Message,
                Recommend = "https://api.aliyun.com/troubleshoot?q=" + Code,
            }), "application/json", null, Status);
        }
    }
}
