using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Signing;

namespace RawClientBench
{
    /// <summary>
    /// The floor of a listing: signed ListMmsTables requests from a bare HttpClient, the first page alone, then the
    /// pages it announces up to a limit in flight (a slot is refilled as soon as a page is answered), each parsed
    /// into DTOs with the module's source-generated reader, handed back in page order. No transport, no PowerShell.
    /// </summary>
    public sealed class RawListing : IDisposable
    {
        private const int PageSize = 100;
        private readonly Uri _endpoint;
        private readonly string _keyId;
        private readonly byte[] _secret;
        private readonly HttpClient _http = new HttpClient(new SocketsHttpHandler());

        public RawListing(string endpoint, string accessKeyId, string secret)
        {
            _endpoint = new Uri(endpoint);
            _keyId = accessKeyId;
            _secret = Encoding.UTF8.GetBytes(secret);
        }

        /// <summary>Lists up to <paramref name="count"/> tables of a source as DTOs; returns "tables|milliseconds".</summary>
        public string Measure(long sourceId, long count, int limit)
        {
            var stopwatch = Stopwatch.StartNew();
            long tables = 0;
            foreach (MmsTableDto dto in Items(sourceId, count, limit, d => d))
            {
                GC.KeepAlive(dto);
                tables++;
            }
            return tables.ToString(CultureInfo.InvariantCulture) + "|" + stopwatch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// The tables of a source in the service's order, each passed through <paramref name="map"/> on the thread that
        /// parsed its page; at most <paramref name="count"/> pages' worth are asked for.
        /// </summary>
        public IEnumerable<TItem> Items<TItem>(long sourceId, long count, int limit, Func<MmsTableDto, TItem> map)
        {
            (List<TItem> first, long total) = FetchAsync(sourceId, 1, map).GetAwaiter().GetResult();
            foreach (TItem item in first)
            {
                yield return item;
            }
            // count may be long.MaxValue (everything): rounded up without adding to it.
            long lastPage = Math.Min((total + PageSize - 1) / PageSize, count / PageSize + (count % PageSize == 0 ? 0 : 1));
            if (lastPage < 2)
            {
                yield break;
            }
            using var slots = new SemaphoreSlim(limit);
            using var ahead = new SemaphoreSlim(2 * limit);
            using var pages = new BlockingCollection<Task<(List<TItem> Items, long Total)>>();
            Task producer = Task.Run(async () =>
            {
                for (int pageNum = 2; pageNum <= lastPage; pageNum++)
                {
                    await ahead.WaitAsync().ConfigureAwait(false);
                    await slots.WaitAsync().ConfigureAwait(false);
                    pages.Add(Releasing(FetchAsync(sourceId, pageNum, map), slots));
                }
                pages.CompleteAdding();
            });
            foreach (Task<(List<TItem> Items, long Total)> page in pages.GetConsumingEnumerable())
            {
                List<TItem> items = page.GetAwaiter().GetResult().Items;
                ahead.Release();
                foreach (TItem item in items)
                {
                    yield return item;
                }
            }
            producer.GetAwaiter().GetResult();
        }

        public void Dispose() => _http.Dispose();

        private static async Task<T> Releasing<T>(Task<T> task, SemaphoreSlim slot)
        {
            try
            {
                return await task.ConfigureAwait(false);
            }
            finally
            {
                slot.Release();
            }
        }

        private async Task<(List<TItem> Items, long Total)> FetchAsync<TItem>(long sourceId, int pageNum, Func<MmsTableDto, TItem> map)
        {
            string path = "/api/v1/mms/datasources/" + sourceId.ToString(CultureInfo.InvariantCulture) + "/tables";
            var query = new[]
            {
                new KeyValuePair<string, string>("pageNum", pageNum.ToString(CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string>("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)),
            };
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("host", _endpoint.Authority),
                new KeyValuePair<string, string>("x-acs-action", "ListMmsTables"),
                new KeyValuePair<string, string>("x-acs-version", "2022-01-04"),
                new KeyValuePair<string, string>("x-acs-date", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string>("x-acs-signature-nonce", Guid.NewGuid().ToString("N")),
                new KeyValuePair<string, string>("x-acs-content-sha256", Digests.EmptyBodySha256),
            };
            string authorization = Acs3Signer.CreateAuthorization("GET", path, query, headers, _keyId, _secret);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_endpoint, path + "?" + Acs3Signer.CanonicalQuery(query)));
            foreach (var header in headers)
            {
                if (header.Key != "host")
                {
                    request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using HttpResponseMessage response = await _http.SendAsync(request).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException("HTTP " + (int)response.StatusCode);
            }
            ListResponseDto<MmsTableDto> dto = JsonSerializer.Deserialize(body, MmsJsonContext.Default.ListResponseDtoMmsTableDto)!;
            var items = new List<TItem>(dto.Data!.ObjectList!.Length);
            foreach (MmsTableDto? table in dto.Data.ObjectList)
            {
                items.Add(map(table!));
            }
            return (items, dto.Data.Total ?? 0);
        }
    }
}
