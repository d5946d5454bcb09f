using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>GET /api/v1/mms/datasources/{sourceId}/tables/{tableId}: authenticate, apply faults, answer.</summary>
    public sealed class GetMmsTableHandler
    {
        private static readonly JsonSerializerOptions Wire = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        private readonly EmulatorOptions _options;
        private readonly RequestAuthenticator _authenticator;
        private readonly DemoDataSet _data;
        private readonly FaultRegistry _faults;
        private readonly RequestStats _stats;

        public GetMmsTableHandler(EmulatorOptions options, RequestAuthenticator authenticator, DemoDataSet data, FaultRegistry faults, RequestStats stats)
        {
            _options = options;
            _authenticator = authenticator;
            _data = data;
            _faults = faults;
            _stats = stats;
        }

        public async Task<IResult> HandleAsync(HttpContext context, string sourceText, string tableText)
        {
            using IDisposable inFlight = _stats.Begin(context.Request.Path.Value ?? string.Empty);
            string requestId = Guid.NewGuid().ToString().ToUpperInvariant();
            context.Response.Headers["x-acs-request-id"] = requestId;
            if (_options.LatencyMs > 0)
            {
                await Task.Delay(_options.LatencyMs, context.RequestAborted);
            }

            GatewayError? denied = await _authenticator.CheckAsync(context, "GetMmsTable");
            if (denied != null)
            {
                return denied.ToResult(context, requestId);
            }
            if (!long.TryParse(sourceText, NumberStyles.None, CultureInfo.InvariantCulture, out long sourceId) || sourceId < 1 ||
                !long.TryParse(tableText, NumberStyles.None, CultureInfo.InvariantCulture, out long tableId) || tableId < 1)
            {
                return new GatewayError(400, "InvalidParameter", "The ids in the path must be positive integers.").ToResult(context, requestId);
            }

            Fault? fault = _faults.Take(sourceId, tableId);
            if (fault != null)
            {
                IResult? faulted = await ApplyAsync(fault, context, requestId);
                if (faulted != null)
                {
                    return faulted;
                }
            }

            if (sourceId == DemoDataSet.ExampleSourceId && tableId == DemoDataSet.ExampleTableId)
            {
                context.Response.Headers["x-acs-request-id"] = DemoDataSet.ExampleRequestId;
                return Results.Bytes(_data.ExampleResponse, "application/json");
            }
            DemoTable? table = _data.Find(sourceId, tableId);
            if (table == null)
            {
                // MaxCompute's own error shape, camelCase, as the service's other operations answer.
                return Json(new { requestId, httpCode = 404, errorCode = "ODPS-0130131", errorMsg = "Table not found: source " + sourceId + " table " + tableId, data = (object?)null }, 404);
            }
            return Json(new { requestId = requestId + "\n", data = table }, 200);
        }

        /// <summary>Answers with the fault; null when the fault only delays and the normal answer follows.</summary>
        private async Task<IResult?> ApplyAsync(Fault fault, HttpContext context, string requestId)
        {
            if (fault.RetryAfterMs.HasValue)
            {
                context.Response.Headers["x-acs-retry-after"] = fault.RetryAfterMs.Value.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["Retry-After"] = Math.Max(1, (fault.RetryAfterMs.Value + 999) / 1000).ToString(CultureInfo.InvariantCulture);
            }
            switch (fault.Kind)
            {
                case "error":
                    return new GatewayError(fault.Status, fault.Code, fault.Message).ToResult(context, requestId);
                case "html":
                    return Results.Content("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>Tengine</center></body></html>",
                        "text/html", Encoding.UTF8, fault.Status == 503 ? 502 : fault.Status);
                case "truncated":
                    string whole = "{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":1,\"dbName\":\"sales\",\"name\":\"orders\",\"status\":\"DONE\",\"size\":1024}}";
                    return Results.Content(whole.Substring(0, whole.Length / 2), "application/json", Encoding.UTF8, 200);
                case "nulldata":
                    return Json(new { requestId, data = (object?)null }, 200);
                case "wrongtypes":
                    return Results.Content("{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":\"twenty-two\",\"size\":{\"bytes\":1}}}", "application/json", Encoding.UTF8, 200);
                case "delay":
                    await Task.Delay(fault.DelayMs, context.RequestAborted);
                    return null;
                case "reset":
                    context.Abort();
                    return Results.Empty;
                case "hang":
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    return Results.Empty;
                case "largebody":
                    return Results.Content("{\"requestId\":\"" + requestId + "\",\"pad\":\"" + new string('x', 20 * 1024 * 1024) + "\",\"data\":{\"id\":1}}",
                        "application/json", Encoding.UTF8, 200);
                default:
                    return new GatewayError(500, "EmulatorFaultUnknown", "Unknown fault kind '" + fault.Kind + "'.").ToResult(context, requestId);
            }
        }

        private static IResult Json(object value, int status) =>
            Results.Content(JsonSerializer.Serialize(value, Wire), "application/json", Encoding.UTF8, status);
    }
}
