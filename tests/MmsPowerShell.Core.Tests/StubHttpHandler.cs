namespace MmsPowerShell.Core.Tests
{
    /// <summary>Answers requests in-process so parsing can be tested without a server; records what was sent.</summary>
    internal sealed class StubHttpHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _answer;

        public StubHttpHandler(Func<HttpRequestMessage, HttpResponseMessage> answer)
        {
            _answer = (request, _) => Task.FromResult(answer(request));
        }

        public StubHttpHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
        {
            _answer = answer;
        }

        public List<HttpRequestMessage> Requests { get; } = new List<HttpRequestMessage>();

        public static HttpResponseMessage Response(HttpStatusCode status, string body)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            response.Headers.Add("x-acs-request-id", Guid.NewGuid().ToString());
            return response;
        }

        public static StubHttpHandler Returning(HttpStatusCode status, string body, string? requestIdHeader = null,
            string contentType = "application/json")
        {
            return new StubHttpHandler(_ =>
            {
                var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
                if (requestIdHeader != null)
                {
                    response.Headers.Add("x-acs-request-id", requestIdHeader);
                }
                return response;
            });
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add(request);
            }
            return _answer(request, cancellationToken);
        }
    }
}
