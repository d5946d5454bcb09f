using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MmsPowerShell.Core.Signing;

namespace RawClientBench
{
    /// <summary>
    /// The floor of the per-call benchmark: signed GetMmsTable requests sent one after another from a bare
    /// HttpClient, without the module's transport, parsing or PowerShell. It is public so the benchmark can run it
    /// inside the same pwsh process as the module, alternating with it round by round (same GC, JIT and CPU).
    /// </summary>
    public sealed class RawLoop : IDisposable
    {
        private readonly Uri _endpoint;
        private readonly string _keyId;
        private readonly byte[] _secret;
        private readonly string _path;
        private readonly string _host;
        private readonly HttpClient _http = new HttpClient(new SocketsHttpHandler());

        public RawLoop(string endpoint, string accessKeyId, string secret, long sourceId, long tableId)
        {
            _endpoint = new Uri(endpoint);
            _keyId = accessKeyId;
            _secret = Encoding.UTF8.GetBytes(secret);
            _path = "/api/v1/mms/datasources/" + sourceId.ToString(CultureInfo.InvariantCulture) + "/tables/" + tableId.ToString(CultureInfo.InvariantCulture);
            _host = _endpoint.Authority;
        }

        /// <summary>Sends <paramref name="count"/> requests one after another; returns the elapsed milliseconds.</summary>
        public double Run(int count)
        {
            var stopwatch = Stopwatch.StartNew();
            for (int i = 0; i < count; i++)
            {
                SendAsync().GetAwaiter().GetResult();
            }
            return stopwatch.Elapsed.TotalMilliseconds;
        }

        public void Dispose() => _http.Dispose();

        /// <summary>One signed request, its body read and handed back: the step the module's path is measured against.</summary>
        public async Task<byte[]> SendAsync()
        {
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("host", _host),
                new KeyValuePair<string, string>("x-acs-action", "GetMmsTable"),
                new KeyValuePair<string, string>("x-acs-version", "2022-01-04"),
                new KeyValuePair<string, string>("x-acs-date", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string>("x-acs-signature-nonce", Guid.NewGuid().ToString("N")),
                new KeyValuePair<string, string>("x-acs-content-sha256", Digests.EmptyBodySha256),
            };
            string authorization = Acs3Signer.CreateAuthorization("GET", _path, Array.Empty<KeyValuePair<string, string>>(), headers, _keyId, _secret);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_endpoint, _path));
            foreach (var header in headers)
            {
                if (header.Key != "host")
                {
                    request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException("HTTP " + (int)response.StatusCode);
            }
            return body;
        }
    }
}
