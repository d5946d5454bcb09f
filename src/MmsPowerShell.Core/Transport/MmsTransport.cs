using System.Diagnostics;
using System.IO;
using System.Net.Http.Headers;
using System.Net.Sockets;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Signing;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// Sends one signed OpenAPI request and brings back its answer's bytes: signing (afresh for every attempt),
    /// retries with backoff, the client-wide throttling pause, the per-attempt timeout, the capped read and, when
    /// asked, a limit on the requests in flight at once.
    /// What the bytes mean is the operation catalogue's business (MmsApiClient).
    /// </summary>
    public sealed class MmsTransport
    {
        public const string ApiVersion = "2022-01-04";

        /// <summary>Cap on an answer's body: a table with thousands of columns is well under this.</summary>
        public const int MaxBodyBytes = 8 * 1024 * 1024;

        /// <summary>How much of a body without Content-Length one read asks for (a chunked answer).</summary>
        private const int ReadChunkBytes = 16384;

        /// <summary>An attempt that waited longer than this (for a slot, or out a throttling pause) is signed again: the service refuses a stale x-acs-date.</summary>
        private static readonly TimeSpan SignatureFreshness = TimeSpan.FromMinutes(1);

        private const string CheckNetworkAction = "Check the endpoint, the network and any proxy (HTTPS_PROXY/NO_PROXY).";

        private readonly MmsConnection _connection;
        private readonly HttpClient _http;
        private readonly Func<DateTime> _utcNow;
        private readonly Action<string>? _log;
        private readonly RetryPolicy _retry;
        /// <summary>Shared by every transport (a cmdlet call makes one): seeding a Random for each cost a few microseconds a call.</summary>
        private static readonly Random Jitter = new Random();
        private readonly ThrottleGate _gate = new ThrottleGate();

        /// <summary>
        /// Null when unlimited. A request holds a slot from its first attempt until its last answer is read, not while
        /// that answer is decoded: the next request goes out while the answer before it is decoded and written.
        /// </summary>
        private readonly RequestSlots? _slots;

        /// <param name="maxInFlight">The most requests this transport has in flight at once; null for no limit.</param>
        public MmsTransport(MmsConnection connection, HttpClient http, Action<string>? log = null, Func<DateTime>? utcNow = null, RetryPolicy? retry = null,
            int? maxInFlight = null)
        {
            _connection = connection;
            _http = http;
            // Null when nobody reads the log: the lines are then not even built (this is the per-call hot path).
            _log = log;
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            _retry = retry ?? RetryPolicy.Default;
            _slots = maxInFlight.HasValue ? new RequestSlots(maxInFlight.Value) : null;
        }

        public MmsConnection Connection => _connection;

        /// <summary>
        /// Sends a request, retrying what is worth retrying (see <see cref="RetryPolicy.IsRetryable"/>). With a limit on
        /// requests in flight, the request holds its slot from its first attempt until its last answer is read, so a
        /// retry keeps its place; decoding the answer is not part of it.
        /// </summary>
        public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            // The first attempt is signed before waiting for a slot, so a request waiting behind another goes out the
            // moment that answer is in; every later attempt is signed afresh.
            DateTime signedAt = _utcNow();
            HttpRequestMessage? message = Sign(request, signedAt);
            bool holdsSlot = false;
            try
            {
                if (_slots != null)
                {
                    if (!_slots.TryEnter())
                    {
                        await _slots.EnterAsync(cancellationToken).ConfigureAwait(false);
                    }
                    holdsSlot = true;
                }
                for (int attempt = 1; ; attempt++)
                {
                    try
                    {
                        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                        DateTime now = _utcNow();
                        if (message == null || now - signedAt > SignatureFreshness)
                        {
                            message?.Dispose();
                            signedAt = now;
                            message = Sign(request, signedAt);
                        }
                        return await SendOnceAsync(request, message, cancellationToken).ConfigureAwait(false);
                    }
                    catch (MmsApiException e) when (RetryPolicy.IsRetryable(e, request) && attempt < _retry.MaxAttempts)
                    {
                        TimeSpan delay = _retry.DelayBefore(attempt, e.RetryAfter, NextJitter());
                        if (e.Kind == MmsErrorKind.Throttling)
                        {
                            // Every request of this client waits too: the service throttles the caller, not one request.
                            _gate.PauseFor(delay);
                        }
                        _log?.Invoke("Attempt " + attempt + " of " + _retry.MaxAttempts + " failed: " + e.ErrorCode +
                             (e.HttpStatus == 0 ? string.Empty : " (HTTP " + e.HttpStatus + ")") +
                             (e.RetryAfter.HasValue ? ", the service asked to wait " + (long)e.RetryAfter.Value.TotalMilliseconds + " ms" : string.Empty) +
                             "; retrying in " + (long)delay.TotalMilliseconds + " ms");
                        message!.Dispose();
                        message = null;
                        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    }
                    catch (MmsApiException e)
                    {
                        e.Attempts = attempt;
                        throw;
                    }
                }
            }
            finally
            {
                if (holdsSlot)
                {
                    _slots!.Release();
                }
                message?.Dispose();
            }
        }

        private HttpRequestMessage Sign(ApiRequest request, DateTime utcNow) =>
            SignedRequestFactory.Create(request.Method, _connection.Endpoint, request.Path, request.Query,
                request.Action, ApiVersion, _connection.Credentials, utcNow, request.JsonBody);

        private async Task<ApiResponse> SendOnceAsync(ApiRequest request, HttpRequestMessage message, CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attemptTimeout.CancelAfter(_retry.AttemptTimeout);
                if (_log != null)
                {
                    _log(request.Method + " " + UserInfoRedaction.Redact(message.RequestUri!) +
                         (request.JsonBody == null ? string.Empty : " (" + request.JsonBody.Length + " bytes of JSON)"));
                }
                try
                {
                    using (HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptTimeout.Token).ConfigureAwait(false))
                    {
                        byte[] body = await ReadCappedAsync(response, attemptTimeout.Token).ConfigureAwait(false);
                        string? requestId = Header(response, "x-acs-request-id");
                        int status = (int)response.StatusCode;
                        _log?.Invoke("HTTP " + status + " in " + stopwatch.ElapsedMilliseconds + " ms, request id " + (requestId ?? "(none)"));
                        if (status < 200 || status > 299)
                        {
                            throw ChangeOutcome.OfErrorAnswer(
                                ApiErrorParser.FromResponse(status, requestId, RetryAfter(response), body, request, _connection.Region), request);
                        }
                        return new ApiResponse(status, requestId, body);
                    }
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw Unanswered(request, new MmsApiException(MmsErrorIds.RequestTimeout, 0,
                        "No complete answer within " + _retry.AttemptTimeout.TotalSeconds + " s", null,
                        "Check the network path to " + _connection.Endpoint.Host + ", or raise -TimeoutSec.", e), sent: true);
                }
                catch (HttpRequestException e)
                {
                    // Only a connection that was never made means the request did not reach the endpoint.
                    bool sent = !NeverConnected(e);
                    throw Unanswered(request, new MmsApiException(MmsErrorIds.ConnectionFailed, 0,
                        (sent ? "The connection to " + UserInfoRedaction.Authority(_connection.Endpoint) + " failed before an answer came back: "
                              : "Could not reach " + UserInfoRedaction.Authority(_connection.Endpoint) + ": ") + Describe(e),
                        null, CheckNetworkAction, Redacted(e)),
                        sent);
                }
                catch (IOException e)
                {
                    // A connection reset while the body streams in surfaces as an IOException, not an HttpRequestException.
                    throw Unanswered(request, new MmsApiException(MmsErrorIds.ConnectionFailed, 0,
                        "The connection to " + UserInfoRedaction.Authority(_connection.Endpoint) + " broke: " + Describe(e), null, CheckNetworkAction, Redacted(e)),
                        sent: true);
                }
            }
        }

        /// <summary>A request whose answer never came: see <see cref="ChangeOutcome"/> for what that means for a change.</summary>
        private static MmsApiException Unanswered(ApiRequest request, MmsApiException error, bool sent) =>
            ChangeOutcome.OfNoAnswer(error, request, sent);

        /// <summary>A refused connection or an unknown host: the request cannot have reached the service.</summary>
        private static bool NeverConnected(Exception e) =>
            Innermost(e) is SocketException socket &&
            (socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostNotFound);

        /// <summary>The innermost exception's message, with any proxy password .NET quotes in it masked.</summary>
        private static string Describe(Exception e) => UserInfoRedaction.Redact(Innermost(e).Message);

        /// <summary>
        /// The exception chain with every message's URL user info masked. .NET quotes a proxy address whole
        /// ("proxy tunnel request to proxy 'http://u:p@host'"), and Get-Error shows inner exceptions, so the
        /// original chain is not handed on.
        /// </summary>
        private static Exception Redacted(Exception e) =>
            new MmsTransportFailure(e.GetType().Name + ": " + UserInfoRedaction.Redact(e.Message), e.InnerException == null ? null : Redacted(e.InnerException));

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

        private static double NextJitter()
        {
            lock (Jitter)
            {
                return Jitter.NextDouble();
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

        private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            long? declared = response.Content.Headers.ContentLength;
            if (declared > MaxBodyBytes)
            {
                throw TooLarge(response, declared.Value);
            }
            using (Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                if (declared.HasValue)
                {
                    // The usual case: read straight into an array of the declared size, with no chunk buffer and no copy.
                    var body = new byte[declared.Value];
                    int filled = 0, read;
                    while (filled < body.Length && (read = await stream.ReadAsync(body, filled, body.Length - filled, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        filled += read;
                    }
                    if (filled < body.Length)
                    {
                        Array.Resize(ref body, filled);
                    }
                    return body;
                }
                using (var buffer = new MemoryStream())
                {
                    var chunk = new byte[ReadChunkBytes];
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
        }

        private static MmsApiException TooLarge(HttpResponseMessage response, long bytes) =>
            new MmsApiException(MmsErrorIds.ResponseTooLarge, (int)response.StatusCode,
                "The answer is larger than " + MaxBodyBytes / (1024 * 1024) + " MB (" + bytes + " bytes or more) and was not read",
                Header(response, "x-acs-request-id"), null);

        private static string? Header(HttpResponseMessage response, string name) =>
            response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? ServiceText.Clean(values.FirstOrDefault()) : null;
    }
}
