using System.Diagnostics;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Tests
{
    public class RetryTests
    {
        private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "GetMmsTable-example.json"));

        private static string Gateway(string code) => "{\"RequestId\":\"R\",\"Code\":\"" + code + "\",\"Message\":\"m\"}";

        /// <summary>Answers from a script, one entry per request; the last entry repeats.</summary>
        private static StubHttpHandler Script(params Func<HttpResponseMessage>[] answers)
        {
            int next = 0;
            return new StubHttpHandler(_ => answers[Math.Min(Interlocked.Increment(ref next) - 1, answers.Length - 1)]());
        }

        [Theory]
        [InlineData(503, "ServiceUnavailable")]
        [InlineData(500, "InternalError")]
        [InlineData(502, "Http502")]
        [InlineData(504, "Http504")]
        [InlineData(429, "Throttling")]
        [InlineData(400, "Throttling.User")]
        [InlineData(503, "Throttling.Api")]
        public async Task Transient_failures_are_retried_until_success_with_a_fresh_signature_each_time(int status, string code)
        {
            var handler = Script(
                () => StubHttpHandler.Response((HttpStatusCode)status, Gateway(code)),
                () => StubHttpHandler.Response((HttpStatusCode)status, Gateway(code)),
                () => StubHttpHandler.Response(HttpStatusCode.OK, Example));
            var log = new List<string>();

            var table = await TestClients.For(handler, log: log.Add).GetTableAsync(1, 22, CancellationToken.None);

            Assert.Equal("test", table.Name);
            Assert.Equal(3, handler.Requests.Count);
            var nonces = handler.Requests.Select(r => r.Headers.GetValues("x-acs-signature-nonce").Single()).ToList();
            Assert.Equal(3, nonces.Distinct().Count());
            Assert.Equal(2, log.Count(l => l.StartsWith("Attempt ") && l.Contains(code) && l.Contains("retrying in")));
        }

        [Fact]
        public async Task Persistent_failure_gives_up_after_the_maximum_attempts()
        {
            var handler = Script(() => StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, Gateway("ServiceUnavailable")));
            var e = await Assert.ThrowsAsync<MmsApiException>(() => TestClients.For(handler).GetTableAsync(1, 1, CancellationToken.None));
            Assert.Equal((MmsErrorKind.ServerError, 4, 4), (e.Kind, e.Attempts, handler.Requests.Count));
        }

        [Theory]
        [InlineData(400, "InvalidParameter")]
        [InlineData(400, "SignatureDoesNotMatch")]
        [InlineData(404, "InvalidAccessKeyId.NotFound")]
        [InlineData(403, "Forbidden.RAM")]
        [InlineData(404, "ODPS-0130131")]
        [InlineData(401, "ODPS-0410042")]
        [InlineData(501, "NotImplemented")]
        public async Task Client_and_auth_errors_are_never_retried(int status, string code)
        {
            var handler = Script(() => StubHttpHandler.Response((HttpStatusCode)status, Gateway(code)));
            var e = await Assert.ThrowsAsync<MmsApiException>(() => TestClients.For(handler).GetTableAsync(1, 1, CancellationToken.None));
            Assert.Single(handler.Requests);
            Assert.Equal(code, e.ErrorCode);
        }

        [Fact]
        public async Task A_proxy_error_page_with_a_transient_status_is_retried()
        {
            var handler = Script(
                () => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>502 Bad Gateway</html>") },
                () => StubHttpHandler.Response(HttpStatusCode.OK, Example));
            var table = await TestClients.For(handler).GetTableAsync(1, 22, CancellationToken.None);
            Assert.Equal(2, handler.Requests.Count);
            Assert.Equal("test", table.Name);
        }

        [Fact]
        public async Task Bad_answers_with_status_200_are_not_retried()
        {
            var handler = Script(() => StubHttpHandler.Response(HttpStatusCode.OK, "{\"data\":{\"id\":"));
            var e = await Assert.ThrowsAsync<MmsApiException>(() => TestClients.For(handler).GetTableAsync(1, 1, CancellationToken.None));
            Assert.Equal(MmsErrorKind.InvalidResponse, e.Kind);
            Assert.Single(handler.Requests);
        }

        [Fact]
        public async Task Connection_failures_are_retried_and_reported_as_such()
        {
            var handler = new StubHttpHandler(_ => throw new HttpRequestException("Connection refused", new IOException("refused")));
            var e = await Assert.ThrowsAsync<MmsApiException>(() => TestClients.For(handler).GetTableAsync(1, 1, CancellationToken.None));
            Assert.Equal((MmsErrorKind.ConnectionFailed, "MmsConnectionFailed", 4), (e.Kind, e.ErrorCode, handler.Requests.Count));
            Assert.Contains("refused", e.Message);
        }

        [Fact]
        public async Task A_server_that_never_answers_times_out_per_attempt_in_bounded_time()
        {
            var handler = new StubHttpHandler(async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("not reached");
            });
            var retry = new RetryPolicy(2, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1));
            var stopwatch = Stopwatch.StartNew();
            var e = await Assert.ThrowsAsync<MmsApiException>(() => TestClients.For(handler, retry: retry).GetTableAsync(1, 1, CancellationToken.None));
            Assert.Equal((MmsErrorKind.Timeout, "MmsRequestTimeout", 2), (e.Kind, e.ErrorCode, handler.Requests.Count));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "bounded by attempts x timeout, not hanging");
        }

        [Fact]
        public async Task Cancellation_during_a_backoff_wait_stops_at_once()
        {
            var handler = Script(() =>
            {
                var response = StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, Gateway("Throttling"));
                response.Headers.Add("x-acs-retry-after", "30000");
                return response;
            });
            var retry = new RetryPolicy(4, TimeSpan.FromSeconds(5));
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var stopwatch = Stopwatch.StartNew();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestClients.For(handler, retry: retry).GetTableAsync(1, 1, cancel.Token));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "a 30 s Retry-After wait must end when cancelled");
            Assert.Single(handler.Requests);
        }

        [Fact]
        public async Task Cancellation_mid_request_is_a_cancellation_not_a_timeout()
        {
            var handler = new StubHttpHandler(async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("not reached");
            });
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestClients.For(handler).GetTableAsync(1, 1, cancel.Token));
            Assert.Single(handler.Requests);
        }

        [Fact]
        public async Task Retry_after_headers_are_read_in_both_forms()
        {
            var acs = Script(() =>
            {
                var r = StubHttpHandler.Response((HttpStatusCode)429, Gateway("Throttling"));
                r.Headers.Add("x-acs-retry-after", "1500");
                return r;
            });
            var e1 = await Assert.ThrowsAsync<MmsApiException>(() => TestClients.For(acs, retry: new RetryPolicy(1, TimeSpan.FromSeconds(5))).GetTableAsync(1, 1, CancellationToken.None));
            Assert.Equal(TimeSpan.FromMilliseconds(1500), e1.RetryAfter);

            var standard = Script(() =>
            {
                var r = StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, Gateway("ServiceUnavailable"));
                r.Headers.Add("Retry-After", "7");
                return r;
            });
            var e2 = await Assert.ThrowsAsync<MmsApiException>(() => TestClients.For(standard, retry: new RetryPolicy(1, TimeSpan.FromSeconds(5))).GetTableAsync(1, 1, CancellationToken.None));
            Assert.Equal(TimeSpan.FromSeconds(7), e2.RetryAfter);
        }

        [Fact]
        public void Backoff_is_exponential_with_full_jitter_and_capped()
        {
            var policy = new RetryPolicy(10, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
            Assert.Equal(TimeSpan.Zero, policy.DelayBefore(1, null, 0.0));
            Assert.Equal(TimeSpan.FromMilliseconds(50), policy.DelayBefore(1, null, 0.5));
            Assert.Equal(TimeSpan.FromMilliseconds(200), policy.DelayBefore(3, null, 0.5));
            Assert.Equal(TimeSpan.FromMilliseconds(500), policy.DelayBefore(9, null, 0.5)); // capped at MaxDelay
            Assert.Equal(TimeSpan.FromSeconds(2), policy.DelayBefore(1, TimeSpan.FromSeconds(2), 0.9)); // Retry-After wins
            Assert.Equal(TimeSpan.FromSeconds(5), policy.DelayBefore(1, TimeSpan.FromHours(3), 0.9)); // but is capped
        }

        [Fact]
        public void Policy_rejects_nonsense()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(0, TimeSpan.FromSeconds(1)));
            Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(1, TimeSpan.Zero));
        }
    }
}
