using System.IO;
using System.Text;
using System.Threading;
using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>What every operation goes through: count, delay, read the body, authenticate, check the path ids, inject faults, answer.</summary>
    public sealed class ApiPipeline
    {
        /// <summary>Set in HttpContext.Items by the samepage fault; list operations then ignore pageNum.</summary>
        public const string SamePageKey = "samepage";

        /// <summary>Set in HttpContext.Items by the smallpages fault; ListMmsTables then caps pages at SmallPageSize.</summary>
        public const string SmallPagesKey = "smallpages";

        /// <summary>Set by a donewitherror fault: the error message a finished async task carries beside its DONE and object id.</summary>
        public const string DoneWithErrorKey = "donewitherror";

        public const int SmallPageSize = 25;

        /// <summary>Set in HttpContext.Items by the jobstate fault: the status GetMmsJob and ListMmsJobs report.</summary>
        public const string JobStateKey = "jobstate";

        private readonly EmulatorOptions _options;
        private readonly RequestAuthenticator _authenticator;
        private readonly FaultRegistry _faults;
        private readonly RequestStats _stats;
        private readonly IEnumerable<ISimulated> _simulations;
        private readonly DemoCatalog _catalog;

        public ApiPipeline(EmulatorOptions options, RequestAuthenticator authenticator, FaultRegistry faults, RequestStats stats,
            IEnumerable<ISimulated> simulations, DemoCatalog catalog)
        {
            _catalog = catalog;
            _options = options;
            _authenticator = authenticator;
            _faults = faults;
            _stats = stats;
            _simulations = simulations;
        }

        /// <param name="sourceText">The sourceId path segment; null for operations without one.</param>
        /// <param name="idText">The second path id (table, job, task, ...); null for operations without one.</param>
        public async Task<IResult> RunAsync(HttpContext context, string action, string? sourceText, string? idText, Func<ApiCall, IResult> answer)
        {
            using IDisposable inFlight = _stats.Begin(context.Request.Path.Value ?? string.Empty, action);
            string requestId = Guid.NewGuid().ToString().ToUpperInvariant();
            context.Response.Headers["x-acs-request-id"] = requestId;
            if (_options.LatencyMs > 0)
            {
                await Task.Delay(_options.LatencyMs, context.RequestAborted);
            }

            byte[] body = await ReadBodyAsync(context.Request);
            _stats.CountBody(action, body);
            GatewayError? denied = _authenticator.Check(context, action, body);
            if (denied != null)
            {
                return denied.ToResult(context, requestId);
            }
            long sourceId = 0;
            long id = 0;
            if ((sourceText != null && !TryId(sourceText, out sourceId)) || (idText != null && !TryId(idText, out id)))
            {
                return new GatewayError(400, "InvalidParameter", "The ids in the path must be positive integers.").ToResult(context, requestId);
            }

            Fault? fault = _faults.Take(action, sourceId, id);
            if (fault != null)
            {
                IResult? faulted = await ApplyAsync(fault, context, requestId, id, body);
                if (faulted != null)
                {
                    return faulted;
                }
            }
            foreach (ISimulated simulation in _simulations)
            {
                simulation.Advance();
            }
            IResult result = answer(new ApiCall(context, sourceId, id, requestId, body));
            return fault == null ? result : AfterEffect(fault, context, requestId, result) ?? result;
        }

        /// <summary>RunAsync for an operation under /datasources/{sourceId}: an unknown source is not found, like on the read side.</summary>
        public Task<IResult> RunOnSourceAsync(HttpContext context, string action, string sourceText, string? idText, Func<ApiCall, DemoDataSource, IResult> answer) =>
            RunAsync(context, action, sourceText, idText, call =>
            {
                DemoDataSource? source = _catalog.FindSource(call.SourceId);
                return source == null ? ServiceError.NotFound(call.RequestId, "Data source not found: " + call.SourceId) : answer(call, source);
            });

        private static bool TryId(string text, out long id) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id >= 1;

        private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            return buffer.ToArray();
        }

        /// <summary>
        /// The faults that break an answer after the operation took effect, as a service or gateway can: the change
        /// is made, and what comes back says otherwise or nothing; or the answer comes back with a field a service should not
        /// send (field). Null for the other faults.
        /// </summary>
        private static IResult? AfterEffect(Fault fault, HttpContext context, string requestId, IResult result)
        {
            switch (fault.Kind)
            {
                case "lostanswer":
                    // Only the answer is lost, as when a connection drops on the way back.
                    context.Abort();
                    return Results.Empty;
                case "failedafter":
                    // A 5xx (a 504 from a gateway that gave up waiting, a 500 from a step after the change).
                    return new GatewayError(fault.Status, fault.Code, fault.Message).ToResult(context, requestId);
                case "garbledafter":
                    return Results.Content("{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":", "application/json", Encoding.UTF8, 200);
                case "nodataafter":
                    return Results.Content("{\"requestId\":\"" + requestId + "\"}", "application/json", Encoding.UTF8, 200);
                case "field":
                    // The service acted and answered, with one field it should not have sent.
                    return FieldRewrite.Apply(result, fault);
                default:
                    return null;
            }
        }

        /// <summary>Answers with the fault; null when the fault only changes or delays the normal answer.</summary>
        private static async Task<IResult?> ApplyAsync(Fault fault, HttpContext context, string requestId, long id, byte[] body)
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
                    return Answers.Data(requestId, null);
                case "wrongtypes":
                    return Results.Content("{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":\"twenty-two\",\"size\":{\"bytes\":1}}}", "application/json", Encoding.UTF8, 200);
                case "hostile":
                    return HostileAnswers.Table(requestId, id);
                case "hostileerror":
                    return HostileAnswers.Error(requestId);
                case "wrongid":
                    return HostileAnswers.OtherTable(requestId, id);
                case "bom":
                    return HostileAnswers.ByteOrderMark(requestId, id);
                case "errorin200":
                    return HostileAnswers.GatewayErrorIn200(requestId);
                case "unknowncounts":
                    return HostileAnswers.UnknownCounts(requestId, id);
                case "delay":
                    await Task.Delay(fault.DelayMs, context.RequestAborted);
                    return null;
                case "samepage":
                    // A broken pager: every list request gets page 1, whatever it asked for.
                    context.Items[SamePageKey] = true;
                    return null;
                case "smallpages":
                    context.Items[SmallPagesKey] = true;
                    return null;
                case "donewitherror":
                    context.Items[DoneWithErrorKey] = fault.Message;
                    return null;
                case "lostanswer":
                case "failedafter":
                case "garbledafter":
                case "nodataafter":
                case "field":
                    return null;
                case "echobody":
                    // A validation error that quotes the request body, as some services do: whatever the client sent
                    // (secrets included, in the escaped form it was sent in) comes back in the message.
                    return new GatewayError(400, "InvalidParameter", "The request body is not valid: " +
                        Encoding.UTF8.GetString(body)).ToResult(context, requestId);
                case "jobstate":
                    // GetMmsJob and ListMmsJobs report a job state the documentation does not list (fault.Code, e.g. PAUSED).
                    context.Items[JobStateKey] = fault.Code;
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
    }
}
