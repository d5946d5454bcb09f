using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Signing;

namespace RawClientBench
{
    /// <summary>
    /// The module's HTTP path as a ladder of steps, from the raw signed request up to MmsApiClient.GetTableAsync,
    /// each step adding one thing the module does (its signing, its HttpClient, the per-attempt timeout token,
    /// the header-first send with the capped read, the transport's retry loop, decoding). The steps take turns call
    /// by call inside one process, and each is reported as a ratio to the raw request: what a step adds over the
    /// one below it is then measured against the same noise.
    /// </summary>
    public sealed class HttpPathProfile : IDisposable
    {
        private readonly RawLoop _raw;
        private readonly MmsConnection _connection;
        private readonly HttpClient _bare = new HttpClient(new SocketsHttpHandler());
        private readonly HttpClient _module = MmsHttpClientFactory.CreateClient();
        private readonly HttpClient _decompressing = new HttpClient(Handler(decompress: true));
        private readonly HttpMessageInvoker _invoker = new HttpMessageInvoker(Handler(decompress: true));
        private readonly HttpMessageInvoker _plainInvoker = new HttpMessageInvoker(Handler(decompress: false));
        private readonly HttpClient _untimed = new HttpClient(Handler(decompress: true)) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        private readonly MmsTransport _transport;
        private readonly MmsApiClient _client;
        private readonly ApiRequest _request;
        private readonly long _sourceId;
        private readonly long _tableId;

        public HttpPathProfile(string endpoint, string accessKeyId, string secret, long sourceId, long tableId)
        {
            _raw = new RawLoop(endpoint, accessKeyId, secret, sourceId, tableId);
            _connection = new MmsConnection(new Uri(endpoint), null, new MmsCredentials(accessKeyId, secret, null, "bench"));
            _transport = new MmsTransport(_connection, _module);
            _client = new MmsApiClient(_transport);
            _sourceId = sourceId;
            _tableId = tableId;
            _request = new ApiRequest("GetMmsTable", "/api/v1/mms/datasources/" + sourceId.ToString(CultureInfo.InvariantCulture) +
                "/tables/" + tableId.ToString(CultureInfo.InvariantCulture), sourceId);
        }

        /// <summary>The steps, bottom up; each adds one thing to the step before it.</summary>
        private IReadOnlyList<KeyValuePair<string, Func<Task>>> Steps() => new[]
        {
            Step("raw", () => _raw.SendAsync()),
            Step("module signing", () => SendSigned(_bare, HttpCompletionOption.ResponseContentRead, timeout: false)),
            Step("decompression", () => SendSigned(_decompressing, HttpCompletionOption.ResponseContentRead, timeout: false)),
            Step("module HttpClient", () => SendSigned(_module, HttpCompletionOption.ResponseContentRead, timeout: false)),
            Step("timeout token", () => SendSigned(_module, HttpCompletionOption.ResponseContentRead, timeout: true)),
            Step("headers first", () => SendSigned(_module, HttpCompletionOption.ResponseHeadersRead, timeout: true)),
            Step("untimed HttpClient", () => SendInvoker(_untimed)),
            Step("invoker", () => SendInvoker(_invoker)),
            Step("invoker, no decompression", () => SendInvoker(_plainInvoker)),
            Step("transport", () => _transport.SendAsync(_request, CancellationToken.None)),
            Step("client call", () => _client.GetTableAsync(_sourceId, _tableId, CancellationToken.None)),
        };

        /// <summary>
        /// Times <paramref name="calls"/> calls of every step, interleaved call by call (the step order rotates
        /// each turn), so a burst of load from elsewhere hits every step alike; returns, per step, the median and
        /// the lower quartile of its single-call times, each also as a ratio to the raw request's.
        /// </summary>
        public string Run(int calls)
        {
            var steps = Steps();
            for (int i = 0; i < 1000; i++)
            {
                foreach (var step in steps)
                {
                    step.Value().GetAwaiter().GetResult();
                }
            }
            var times = steps.Select(_ => new List<double>(calls)).ToArray();
            for (int i = 0; i < calls; i++)
            {
                for (int k = 0; k < steps.Count; k++)
                {
                    int s = (i + k) % steps.Count;
                    long t0 = Stopwatch.GetTimestamp();
                    steps[s].Value().GetAwaiter().GetResult();
                    times[s].Add((Stopwatch.GetTimestamp() - t0) * 1_000_000.0 / Stopwatch.Frequency);
                }
            }
            double rawMedian = Quantile(times[0], 0.5), rawLow = Quantile(times[0], 0.25);
            var lines = new List<string> { "| step | median µs | ratio | lower quartile µs | ratio |", "|---|---|---|---|---|" };
            for (int k = 0; k < steps.Count; k++)
            {
                double median = Quantile(times[k], 0.5), low = Quantile(times[k], 0.25);
                lines.Add(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:F1} | {2:F3} | {3:F1} | {4:F3} |",
                    steps[k].Key, median, median / rawMedian, low, low / rawLow));
            }
            return string.Join(Environment.NewLine, lines);
        }

        /// <summary>A handler set up as the module's (no redirects, pooled connections renewed every 5 minutes), with or without decompression.</summary>
        private static SocketsHttpHandler Handler(bool decompress) => new SocketsHttpHandler
        {
            AutomaticDecompression = decompress
                ? System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate
                : System.Net.DecompressionMethods.None,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        public void Dispose()
        {
            _raw.Dispose();
            _bare.Dispose();
            _decompressing.Dispose();
            _invoker.Dispose();
            _untimed.Dispose();
            _plainInvoker.Dispose();
        }

        private async Task SendSigned(HttpClient http, HttpCompletionOption completion, bool timeout)
        {
            using HttpRequestMessage message = SignedRequestFactory.Create(_request.Method, _connection.Endpoint, _request.Path, _request.Query,
                _request.Action, MmsTransport.ApiVersion, _connection.Credentials, DateTime.UtcNow);
            using CancellationTokenSource? attempt = timeout ? CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None) : null;
            attempt?.CancelAfter(TimeSpan.FromSeconds(30));
            CancellationToken token = attempt?.Token ?? CancellationToken.None;
            using HttpResponseMessage response = await http.SendAsync(message, completion, token).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || body.Length == 0)
            {
                throw new InvalidOperationException("HTTP " + (int)response.StatusCode);
            }
        }

        private async Task SendInvoker(HttpMessageInvoker invoker)
        {
            using HttpRequestMessage message = SignedRequestFactory.Create(_request.Method, _connection.Endpoint, _request.Path, _request.Query,
                _request.Action, MmsTransport.ApiVersion, _connection.Credentials, DateTime.UtcNow);
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
            attempt.CancelAfter(TimeSpan.FromSeconds(30));
            using HttpResponseMessage response = invoker is HttpClient client
                ? await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false)
                : await invoker.SendAsync(message, attempt.Token).ConfigureAwait(false);
            long length = response.Content.Headers.ContentLength ?? throw new InvalidOperationException("no length");
            var body = new byte[length];
            using System.IO.Stream stream = await response.Content.ReadAsStreamAsync(attempt.Token).ConfigureAwait(false);
            int filled = 0, read;
            while (filled < body.Length && (read = await stream.ReadAsync(body.AsMemory(filled), attempt.Token).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }
            if (!response.IsSuccessStatusCode || filled == 0)
            {
                throw new InvalidOperationException("HTTP " + (int)response.StatusCode);
            }
        }

        private static double Quantile(List<double> values, double q)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[(int)Math.Floor((sorted.Count - 1) * q)];
        }

        private static KeyValuePair<string, Func<Task>> Step(string name, Func<Task> send) => new KeyValuePair<string, Func<Task>>(name, send);
    }
}
