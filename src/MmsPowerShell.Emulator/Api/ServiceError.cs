using System.Text;
using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>An error answered in MaxCompute's own camelCase shape, as the service (not the gateway) answers it.</summary>
    public static class ServiceError
    {
        /// <summary>The code MaxCompute uses for an object that does not exist.</summary>
        public const string NotFoundCode = "ODPS-0130131";

        public static IResult NotFound(string requestId, string message) => Answer(404, NotFoundCode, message, requestId);

        /// <summary>The 404 for an object of the call's source: the call's own (second path) id unless another is given.</summary>
        public static IResult NotFound(ApiCall call, ObjectKind kind, long? id = null) =>
            NotFound(call.RequestId, kind.NotFound(call.SourceId, id ?? call.Id));

        /// <summary>A request the service understood but refuses: a bad value, or an operation the object's state does not allow.</summary>
        public static IResult BadRequest(string requestId, string code, string message) => Answer(400, code, message, requestId);

        private static IResult Answer(int status, string code, string message, string requestId) =>
            Results.Content(JsonSerializer.Serialize(new { requestId, httpCode = status, errorCode = code, errorMsg = message, data = (object?)null }, WireJson.Options),
                "application/json", Encoding.UTF8, status);
    }
}
