using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>What one request carried, read inside the handler: the transport disposes of the message once it is sent.</summary>
    internal sealed class CapturedRequest
    {
        public HttpMethod Method = HttpMethod.Get;
        public string Path = string.Empty;
        public string Query = string.Empty;
        public byte[]? Body;
        public string? ContentType;

        /// <summary>The message's own headers (the content's are in <see cref="ContentType"/>), by name in any case.</summary>
        public Dictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public string PathAndQuery => Path + Query;

        public string BodyText => Body == null ? string.Empty : Encoding.UTF8.GetString(Body);

        public string Header(string name) => Headers[name];
    }

    /// <summary>A client on a stub handler that answers every request with one body and records what each carried.</summary>
    internal static class RequestCapture
    {
        public static (MmsApiClient Client, List<CapturedRequest> Sent) ClientAnswering(string answer)
        {
            var sent = new List<CapturedRequest>();
            var handler = new StubHttpHandler(request =>
            {
                var captured = new CapturedRequest
                {
                    Method = request.Method,
                    Path = request.RequestUri!.AbsolutePath,
                    Query = request.RequestUri.Query,
                    Body = request.Content?.ReadAsByteArrayAsync().GetAwaiter().GetResult(),
                    ContentType = request.Content?.Headers.ContentType?.ToString(),
                };
                foreach (var header in request.Headers)
                {
                    captured.Headers[header.Key] = header.Value.Single();
                }
                lock (sent)
                {
                    sent.Add(captured);
                }
                return StubHttpHandler.Response(HttpStatusCode.OK, answer);
            });
            return (TestClients.For(handler), sent);
        }
    }
}
