using System.Text.Json;
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

        public IResult ToResult(HttpContext context, string requestId) =>
            Results.Content(JsonSerializer.Serialize(new
            {
                RequestId = requestId,
                HostId = context.Request.Host.Value,
                Code,
                Message,
                Recommend = "https://api.aliyun.com/troubleshoot?q=" + Code,
            }), "application/json", null, Status);
    }
}
