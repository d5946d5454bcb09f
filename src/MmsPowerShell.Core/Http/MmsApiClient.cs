using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
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

        public MmsApiClient(MmsConnection connection, HttpClient http, Action<string>? log = null, Func<DateTime>? utcNow = null)
        {
            _connection = connection;
            _http = http;
            _log = log ?? (_ => { });
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
        }

        public async Task<MmsTable> GetTableAsync(long sourceId, long tableId, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(
                "GetMmsTable",
                "/api/v1/mms/datasources/" + Id(sourceId) + "/tables/" + Id(tableId),
                sourceId);
            ApiResponse response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            MmsTableResponseDto dto = Deserialize(response);
            string? requestId = MmsTableMapper.Clean(dto.RequestId) ?? response.HeaderRequestId;
            if (dto.Data == null)
            {
                throw InvalidAnswer(response, requestId, "The answer has no table data ('data' is missing or null)");
            }
            return MmsTableMapper.ToTable(dto.Data, requestId);
        }

        public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            using (HttpRequestMessage message = BuildSignedMessage(request))
            {
                _log("GET " + message.RequestUri);
                using (HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
                {
                    byte[] body = await ReadCappedAsync(response, cancellationToken).ConfigureAwait(false);
                    string? requestId = Header(response, "x-acs-request-id");
                    int status = (int)response.StatusCode;
                    _log("HTTP " + status + " in " + stopwatch.ElapsedMilliseconds + " ms, request id " + (requestId ?? "(none)"));
                    if (status < 200 || status > 299)
                    {
                        bool retryAfter = Header(response, "x-acs-retry-after") != null;
                        throw ApiErrorParser.FromResponse(status, requestId, retryAfter, body, request, _connection.Region);
                    }
                    return new ApiResponse(status, requestId, body);
                }
            }
        }

        private HttpRequestMessage BuildSignedMessage(ApiRequest request)
        {
            Uri endpoint = _connection.Endpoint;
            string query = Acs3Signer.CanonicalQuery(request.Query);
            var uri = new Uri(endpoint, request.Path + (query.Length == 0 ? string.Empty : "?" + query));
            // The host header is signed, so send exactly what we sign: the port only when it is not the default.
            string host = endpoint.IsDefaultPort ? endpoint.Host : endpoint.Host + ":" + endpoint.Port.ToString(CultureInfo.InvariantCulture);
            if (endpoint.HostNameType == UriHostNameType.IPv6)
            {
                host = endpoint.Authority;
            }
            var headers = new List<KeyValuePair<string, string>>
            {
                Pair("host", host),
                Pair("x-acs-action", request.Action),
                Pair("x-acs-version", ApiVersion),
                Pair("x-acs-date", _utcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                Pair("x-acs-signature-nonce", Guid.NewGuid().ToString("N")),
                Pair("x-acs-content-sha256", Hex.EmptyBodySha256),
            };
            var credentials = _connection.Credentials;
            if (credentials.SecurityToken != null)
            {
                headers.Add(Pair("x-acs-security-token", credentials.SecurityToken));
                headers.Add(Pair("x-acs-accesskey-id", credentials.AccessKeyId));
            }
            string authorization = Acs3Signer.CreateAuthorization(
                "GET", request.Path, request.Query, headers, credentials.AccessKeyId, credentials.SecretBytes());

            var message = new HttpRequestMessage(HttpMethod.Get, uri);
            message.Headers.Host = host;
            foreach (var header in headers.Where(h => h.Key != "host"))
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
            message.Headers.Accept.ParseAdd("application/json");
            return message;
        }

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

        private static MmsTableResponseDto Deserialize(ApiResponse response)
        {
            try
            {
                return JsonSerializer.Deserialize(response.Body, MmsJsonContext.Default.MmsTableResponseDto)
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

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
