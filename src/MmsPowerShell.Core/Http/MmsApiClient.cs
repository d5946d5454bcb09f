using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Http
{
    /// <summary>Sends signed MaxCompute OpenAPI (2022-01-04) requests and turns the answers into objects or typed errors.</summary>
    public sealed class MmsApiClient
    {
        public const string ApiVersion = "2022-01-04";

        /// <summary>Cap on an answer's body: a table with thousands of columns is well under this.</summary>
        public const int MaxBodyBytes = 8 * 1024 * 1024;

        private readonly MmsConnection _connection;
        private readonly HttpClient _http;
        private readonly Func<DateTime> _utcNow;
        private readonly Action<string> _log;
        private readonly RetryPolicy _retry;
        private readonly Random _jitter = new Random();
        private readonly ThrottleGate _gate = new ThrottleGate();

        public MmsApiClient(MmsConnection connection, HttpClient http, Action<string>? log = null, Func<DateTime>? utcNow = null, RetryPolicy? retry = null)
        {
            _connection = connection;
            _http = http;
            _log = log ?? (_ => { });
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            _retry = retry ?? RetryPolicy.Default;
        }

        public async Task<MmsTable> GetTableAsync(long sourceId, long tableId, CancellationToken cancellationToken)
        {
            var request = new ApiRequest("GetMmsTable", SourcePath(sourceId) + "/tables/" + Id(tableId), sourceId);
            ApiResponse response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            MmsTableResponseDto dto = Deserialize(response, MmsJsonContext.Default.MmsTableResponseDto);
            string? requestId = MmsTableMapper.Clean(dto.RequestId) ?? response.HeaderRequestId;
            if (dto.Data == null)
            {
                throw InvalidAnswer(response, requestId, NoDataReason(response, "table data"));
            }
            return MmsTableMapper.ToTable(dto.Data, requestId);
        }

        /// <summary>One page of ListMmsTables.</summary>
        public Task<MmsPage<MmsTable>> ListTablesAsync(long sourceId, MmsTableQuery query, int pageNum, int pageSize, CancellationToken cancellationToken)
        {
            var request = new ApiRequest("ListMmsTables", SourcePath(sourceId) + "/tables", sourceId);
            foreach (var parameter in query.ToQuery())
            {
                request.Query.Add(parameter);
            }
            return ListAsync(request, pageNum, pageSize, MmsJsonContext.Default.ListResponseDtoMmsTableDto, MmsTableMapper.ToTable, cancellationToken);
        }

        /// <summary>One page of ListMmsDataSources.</summary>
        public Task<MmsPage<MmsDataSource>> ListDataSourcesAsync(int pageNum, int pageSize, CancellationToken cancellationToken)
        {
            var request = new ApiRequest("ListMmsDataSources", "/api/v1/mms/datasources", 0);
            return ListAsync(request, pageNum, pageSize, MmsJsonContext.Default.ListResponseDtoMmsDataSourceDto, CatalogMapper.ToDataSource, cancellationToken);
        }

        public Task<MmsDataSource> GetDataSourceAsync(long sourceId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsDataSource", SourcePath(sourceId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsDataSourceDto, CatalogMapper.ToDataSource, cancellationToken);

        /// <summary>One page of ListMmsDbs.</summary>
        public Task<MmsPage<MmsDatabase>> ListDatabasesAsync(long sourceId, string? namePrefix, int pageNum, int pageSize, CancellationToken cancellationToken)
        {
            var request = new ApiRequest("ListMmsDbs", SourcePath(sourceId) + "/dbs", sourceId);
            if (!string.IsNullOrEmpty(namePrefix))
            {
                request.Query.Add(new KeyValuePair<string, string>("name", namePrefix!));
            }
            return ListAsync(request, pageNum, pageSize, MmsJsonContext.Default.ListResponseDtoMmsDatabaseDto, CatalogMapper.ToDatabase, cancellationToken);
        }

        public Task<MmsDatabase> GetDatabaseAsync(long sourceId, long dbId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsDb", SourcePath(sourceId) + "/dbs/" + Id(dbId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsDatabaseDto, CatalogMapper.ToDatabase, cancellationToken);

        /// <summary>One page of ListMmsPartitions for a table.</summary>
        public Task<MmsPage<MmsPartition>> ListPartitionsAsync(long sourceId, long tableId, IReadOnlyList<MmsTableStatus> statuses,
            int pageNum, int pageSize, CancellationToken cancellationToken)
        {
            var request = new ApiRequest("ListMmsPartitions", SourcePath(sourceId) + "/partitions", sourceId);
            request.Query.Add(new KeyValuePair<string, string>("tableId", Id(tableId)));
            if (statuses.Count > 0)
            {
                request.Query.Add(new KeyValuePair<string, string>("status", MmsTableQuery.StatusArray(statuses)));
            }
            return ListAsync(request, pageNum, pageSize, MmsJsonContext.Default.ListResponseDtoMmsPartitionDto, CatalogMapper.ToPartition, cancellationToken);
        }

        public Task<MmsPartition> GetPartitionAsync(long sourceId, long partitionId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsPartition", SourcePath(sourceId) + "/partitions/" + Id(partitionId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsPartitionDto, CatalogMapper.ToPartition, cancellationToken);

        private async Task<TItem> GetItemAsync<TDto, TItem>(ApiRequest request, JsonTypeInfo<ItemResponseDto<TDto>> typeInfo,
            Func<TDto, string?, TItem> map, CancellationToken cancellationToken)
            where TDto : class
        {
            ApiResponse response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            ItemResponseDto<TDto> dto = Deserialize(response, typeInfo);
            string? requestId = MmsTableMapper.Clean(dto.RequestId) ?? response.HeaderRequestId;
            if (dto.Data == null)
            {
                throw InvalidAnswer(response, requestId, NoDataReason(response, "data"));
            }
            return map(dto.Data, requestId);
        }

        private async Task<MmsPage<TItem>> ListAsync<TDto, TItem>(ApiRequest request, int pageNum, int pageSize,
            JsonTypeInfo<ListResponseDto<TDto>> typeInfo, Func<TDto, string?, TItem> map, CancellationToken cancellationToken)
            where TDto : class
        {
            request.Query.Add(new KeyValuePair<string, string>("pageNum", Id(pageNum)));
            request.Query.Add(new KeyValuePair<string, string>("pageSize", Id(pageSize)));
            ApiResponse response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            ListResponseDto<TDto> dto = Deserialize(response, typeInfo);
            string? requestId = MmsTableMapper.Clean(dto.RequestId) ?? response.HeaderRequestId;
            if (dto.Data == null)
            {
                throw InvalidAnswer(response, requestId, NoDataReason(response, "page"));
            }
            var items = (dto.Data.ObjectList ?? new TDto?[0]).Where(item => item != null).Select(item => map(item!, requestId)).ToList();
            return new MmsPage<TItem>(items, dto.Data.Total ?? items.Count, requestId);
        }

        private static string SourcePath(long sourceId) => "/api/v1/mms/datasources/" + Id(sourceId);

        /// <summary>Sends a request, retrying what is worth retrying; each attempt is signed afresh (new nonce and date).</summary>
        public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    return await SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (MmsApiException e) when (RetryPolicy.IsRetryable(e) && attempt < _retry.MaxAttempts)
                {
                    TimeSpan delay = _retry.DelayBefore(attempt, e.RetryAfter, NextJitter());
                    if (e.Kind == MmsErrorKind.Throttling)
                    {
                        // Every request of this client waits too: the service throttles the caller, not one request.
                        _gate.PauseFor(delay);
                    }
                    _log("Attempt " + attempt + " of " + _retry.MaxAttempts + " failed: " + e.ErrorCode +
                         (e.HttpStatus == 0 ? string.Empty : " (HTTP " + e.HttpStatus + ")") +
                         (e.RetryAfter.HasValue ? ", the service asked to wait " + (long)e.RetryAfter.Value.TotalMilliseconds + " ms" : string.Empty) +
                         "; retrying in " + (long)delay.TotalMilliseconds + " ms");
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                }
                catch (MmsApiException e)
                {
                    e.Attempts = attempt;
                    throw;
                }
            }
        }

        private async Task<ApiResponse> SendOnceAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            using (HttpRequestMessage message = BuildSignedMessage(request))
            {
                attemptTimeout.CancelAfter(_retry.AttemptTimeout);
                _log("GET " + message.RequestUri);
                try
                {
                    using (HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptTimeout.Token).ConfigureAwait(false))
                    {
                        byte[] body = await ReadCappedAsync(response, attemptTimeout.Token).ConfigureAwait(false);
                        string? requestId = Header(response, "x-acs-request-id");
                        int status = (int)response.StatusCode;
                        _log("HTTP " + status + " in " + stopwatch.ElapsedMilliseconds + " ms, request id " + (requestId ?? "(none)"));
                        if (status < 200 || status > 299)
                        {
                            MmsApiException error = ApiErrorParser.FromResponse(status, requestId, RetryAfter(response), body, request, _connection.Region);
                            throw error;
                        }
                        return new ApiResponse(status, requestId, body);
                    }
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new MmsApiException(MmsErrorKind.Timeout, 0, "MmsRequestTimeout",
                        "No complete answer within " + _retry.AttemptTimeout.TotalSeconds + " s", null,
                        "Check the network path to " + _connection.Endpoint.Host + ", or raise -TimeoutSec.", e);
                }
                catch (HttpRequestException e)
                {
                    throw new MmsApiException(MmsErrorKind.ConnectionFailed, 0, "MmsConnectionFailed",
                        "Could not reach " + _connection.Endpoint.GetLeftPart(UriPartial.Authority) + ": " + Innermost(e).Message, null,
                        "Check the endpoint, the network and any proxy (HTTPS_PROXY/NO_PROXY).", e);
                }
                catch (IOException e)
                {
                    // A connection reset while the body streams in surfaces as an IOException, not an HttpRequestException.
                    throw new MmsApiException(MmsErrorKind.ConnectionFailed, 0, "MmsConnectionFailed",
                        "The connection to " + _connection.Endpoint.GetLeftPart(UriPartial.Authority) + " broke: " + Innermost(e).Message, null,
                        "Check the endpoint, the network and any proxy (HTTPS_PROXY/NO_PROXY).", e);
                }
            }
        }

        /// <summary>x-acs-retry-after is in milliseconds (Alibaba Cloud); Retry-After in seconds or a date (HTTP).</summary>
        private TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            string? acs = Header(response, "x-acs-retry-after");
            if (acs != null && long.TryParse(acs, NumberStyles.Integer, CultureInfo.InvariantCulture, out long milliseconds) && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
            RetryConditionHeaderValue? standard = response.Headers.RetryAfter;
            if (standard?.Delta != null)
            {
                return standard.Delta.Value;
            }
            if (standard?.Date != null)
            {
                TimeSpan wait = standard.Date.Value - new DateTimeOffset(_utcNow(), TimeSpan.Zero);
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }

        private double NextJitter()
        {
            lock (_jitter)
            {
                return _jitter.NextDouble();
            }
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null)
            {
                e = e.InnerException;
            }
            return e;
        }

        private HttpRequestMessage BuildSignedMessage(ApiRequest request) =>
            SignedRequestFactory.Create(HttpMethod.Get, _connection.Endpoint, request.Path, request.Query, request.Action, ApiVersion,
                _connection.Credentials, _utcNow());

        private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            long? declared = response.Content.Headers.ContentLength;
            if (declared > MaxBodyBytes)
            {
                throw TooLarge(response, declared.Value);
            }
            using (Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
            using (var buffer = new MemoryStream())
            {
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > MaxBodyBytes)
                    {
                        throw TooLarge(response, buffer.Length);
                    }
                }
                return buffer.ToArray();
            }
        }

        private static T Deserialize<T>(ApiResponse response, JsonTypeInfo<T> typeInfo)
        {
            try
            {
                return JsonSerializer.Deserialize(response.Body, typeInfo)
                    ?? throw InvalidAnswer(response, null, "The answer is JSON null");
            }
            catch (JsonException e)
            {
                string reason = LooksLikeJson(response.Body)
                    ? "The answer is not valid JSON for this operation (" + e.Message + ")"
                    : ApiErrorParser.DescribeUnparsedBody(response.HttpStatus, response.Body);
                throw InvalidAnswer(response, null, reason, e);
            }
        }

        private static bool LooksLikeJson(byte[] body)
        {
            foreach (byte b in body)
            {
                if (!char.IsWhiteSpace((char)b))
                {
                    return b == (byte)'{' || b == (byte)'[';
                }
            }
            return false;
        }

        /// <summary>The reason for a 2xx answer without data: what its error fields say, when it has any (some gateways answer 200 with an error body).</summary>
        private static string NoDataReason(ApiResponse response, string what)
        {
            var (code, message, _) = ApiErrorParser.ReadErrorFields(response.Body);
            return code == null
                ? "The answer has no " + what + " ('data' is missing or null)"
                : "The service answered HTTP " + response.HttpStatus + " with an error body: " + code + ": " + (message ?? "no message").TrimEnd('.');
        }

        private static MmsApiException InvalidAnswer(ApiResponse response, string? requestId, string reason, Exception? inner = null) =>
            new MmsApiException(MmsErrorKind.InvalidResponse, response.HttpStatus, "MmsInvalidResponse", reason,
                requestId ?? response.HeaderRequestId, "Retry; if it persists, the endpoint may not be a MaxCompute endpoint, or a proxy is altering answers.", inner);

        private static MmsApiException TooLarge(HttpResponseMessage response, long bytes) =>
            new MmsApiException(MmsErrorKind.InvalidResponse, (int)response.StatusCode, "MmsResponseTooLarge",
                "The answer is larger than " + MaxBodyBytes / (1024 * 1024) + " MB (" + bytes + " bytes or more) and was not read",
                Header(response, "x-acs-request-id"), null);

        private static string? Header(HttpResponseMessage response, string name) =>
            response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? MmsTableMapper.Clean(values.FirstOrDefault()) : null;

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    }
}
