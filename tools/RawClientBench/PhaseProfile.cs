using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Signing;

namespace RawClientBench
{
    /// <summary>
    /// Times the module's per-call path phase by phase, with the module's own code (MmsPowerShell.Core) and a
    /// Stopwatch around each step: signing (SignedRequestFactory), send and read (the shared HttpClient), parse
    /// (the source-generated JSON reader), map (DTO to MmsTable); and the whole client call (MmsApiClient) and the
    /// transport alone (MmsTransport, which adds the retry loop, the throttle gate, the timeout and the capped read).
    /// The PowerShell side (binding, pipeline, WriteObject) is timed by the benchmark script around cmdlets.
    /// </summary>
    public sealed class PhaseProfile
    {
        private readonly MmsConnection _connection;
        private readonly HttpClient _http = MmsHttpClientFactory.CreateClient();
        private readonly MmsApiClient _client;
        private readonly MmsTransport _transport;
        private readonly long _sourceId;
        private readonly long _tableId;
        private readonly string _path;

        public PhaseProfile(string endpoint, string accessKeyId, string secret, long sourceId, long tableId)
        {
            _connection = new MmsConnection(new Uri(endpoint), null, new MmsCredentials(accessKeyId, secret, null, "bench"));
            _transport = new MmsTransport(_connection, _http);
            _client = new MmsApiClient(_transport);
            _sourceId = sourceId;
            _tableId = tableId;
            _path = "/api/v1/mms/datasources/" + sourceId + "/tables/" + tableId;
        }

        /// <summary>Microseconds per call of each phase, over <paramref name="count"/> sequential calls.</summary>
        public Dictionary<string, double> Phases(int count)
        {
            long sign = 0, send = 0, parse = 0, map = 0;
            var query = Array.Empty<KeyValuePair<string, string>>();
            for (int i = 0; i < count; i++)
            {
                long t0 = Stopwatch.GetTimestamp();
                using HttpRequestMessage message = SignedRequestFactory.Create(HttpMethod.Get, _connection.Endpoint, _path, query,
                    "GetMmsTable", MmsTransport.ApiVersion, _connection.Credentials, DateTime.UtcNow);
                long t1 = Stopwatch.GetTimestamp();
                using HttpResponseMessage response = _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).GetAwaiter().GetResult();
                byte[] body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                long t2 = Stopwatch.GetTimestamp();
                var dto = JsonSerializer.Deserialize(body, MmsJsonContext.Default.ItemResponseDtoMmsTableDto)!;
                long t3 = Stopwatch.GetTimestamp();
                MmsTable table = MmsTableMapper.ToTable(dto.Data!, dto.RequestId);
                long t4 = Stopwatch.GetTimestamp();
                sign += t1 - t0;
                send += t2 - t1;
                parse += t3 - t2;
                map += t4 - t3;
                GC.KeepAlive(table);
            }
            return new Dictionary<string, double>
            {
                ["sign"] = Micro(sign, count),
                ["send"] = Micro(send, count),
                ["parse"] = Micro(parse, count),
                ["map"] = Micro(map, count),
            };
        }

        /// <summary>Microseconds per MmsTransport.SendAsync (signing, send, capped read, logging, retry loop).</summary>
        public double Transport(int count)
        {
            var request = new ApiRequest("GetMmsTable", _path, _sourceId);
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < count; i++)
            {
                _transport.SendAsync(request, CancellationToken.None).GetAwaiter().GetResult();
            }
            return Micro(Stopwatch.GetTimestamp() - t0, count);
        }

        /// <summary>Microseconds per MmsApiClient.GetTableAsync: the whole call without PowerShell.</summary>
        public double Client(int count)
        {
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < count; i++)
            {
                _client.GetTableAsync(_sourceId, _tableId, CancellationToken.None).GetAwaiter().GetResult();
            }
            return Micro(Stopwatch.GetTimestamp() - t0, count);
        }

        private static double Micro(long ticks, int count) => ticks * 1_000_000.0 / Stopwatch.Frequency / count;
    }
}
