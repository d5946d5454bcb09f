using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>Answers requests in-process so parsing can be tested without a server; records what was sent.</summary>
    internal sealed class StubHttpHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;

        public StubHttpHandler(Func<HttpRequestMessage, HttpResponseMessage> answer)
        {
            _answer = answer;
        }

        public List<HttpRequestMessage> Requests { get; } = new List<HttpRequestMessage>();

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
            Requests.Add(request);
            return Task.FromResult(_answer(request));
        }
    }
}
