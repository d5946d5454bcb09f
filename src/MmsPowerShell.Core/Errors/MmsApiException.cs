using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Errors
{
    /// <summary>The service answered with an error, or with something that is not a usable answer.</summary>
    public sealed class MmsApiException : Exception
    {
        public MmsApiException(
            MmsErrorKind kind,
            int httpStatus,
            string errorCode,
            string serviceMessage,
            string? requestId,
            string? recommendedAction,
            Exception? inner = null)
            : base(ComposeMessage(httpStatus, ServiceText.Sanitize(errorCode), ServiceText.Sanitize(serviceMessage), ServiceText.Clean(requestId)), inner)
        {
            // Codes, messages and request ids come from the answer (or quote it): sanitized before anyone can show them.
            Kind = kind;
            HttpStatus = httpStatus;
            ErrorCode = ServiceText.Sanitize(errorCode);
            ServiceMessage = ServiceText.Sanitize(serviceMessage);
            RequestId = ServiceText.Clean(requestId);
            RecommendedAction = recommendedAction;
        }

        /// <summary>An error the module itself raises about an answer or the transport (timeout, bad answer, no connection).</summary>
        public MmsApiException(MmsErrorId errorId, int httpStatus, string message, string? requestId, string? recommendedAction, Exception? inner = null)
            : this(errorId.Kind, httpStatus, errorId.Id, message, requestId, recommendedAction, inner)
        {
        }

        public MmsErrorKind Kind { get; }

        /// <summary>HTTP status of the answer; 0 when no answer arrived.</summary>
        public int HttpStatus { get; }

        /// <summary>The service's error code (e.g. SignatureDoesNotMatch, ODPS-0130131), or one of ours for bad answers.</summary>
        public string ErrorCode { get; }

        public string ServiceMessage { get; }

        public string? RequestId { get; }

        /// <summary>What the user can do about it, when we know.</summary>
        public string? RecommendedAction { get; }

        /// <summary>How long the service asked us to wait (x-acs-retry-after or Retry-After), when it said.</summary>
        public TimeSpan? RetryAfter { get; internal set; }

        /// <summary>
        /// True when a state-changing request was sent and what came back is not a clear refusal (no answer, a 5xx,
        /// a 2xx that cannot be read): the change may have happened. Such a request is never retried automatically.
        /// See <see cref="ChangeOutcome"/>.
        /// </summary>
        public bool OutcomeUnknown { get; internal set; }

        /// <summary>
        /// True when a state-changing request was clearly refused (a 4xx before acting, throttling) or never left:
        /// nothing was changed, and sending it again is safe. See <see cref="ChangeOutcome"/>.
        /// </summary>
        public bool ChangeNotMade { get; internal set; }

        /// <summary>
        /// True for a fault that may be gone at the next read (throttling, a server failure, a garbled answer, no answer
        /// at all); a missing object, a refusal or a bad request stays. Whoever polls keeps polling through the first kind.
        /// </summary>
        public bool MayPass
        {
            get
            {
                switch (Kind)
                {
                    case MmsErrorKind.Throttling:
                    case MmsErrorKind.ServerError:
                    case MmsErrorKind.InvalidResponse:
                    case MmsErrorKind.ConnectionFailed:
                    case MmsErrorKind.Timeout:
                        return true;
                    default:
                        return false;
                }
            }
        }

        /// <summary>How many attempts were made before this error was given up on.</summary>
        public int Attempts { get; internal set; } = 1;

        /// <summary>
        /// The same error with <paramref name="redact"/> applied to every text it carries (the service's message, the
        /// recommended action, the messages of the exceptions under it), e.g. to mask a secret the service echoed
        /// back; everything else (kind, code, request id, outcome, attempts) is kept.
        /// </summary>
        public MmsApiException Redacted(Func<string, string> redact) =>
            new MmsApiException(Kind, HttpStatus, redact(ErrorCode), redact(ServiceMessage), RequestId,
                RecommendedAction == null ? null : redact(RecommendedAction), RedactedChain(InnerException, redact))
            {
                RetryAfter = RetryAfter,
                OutcomeUnknown = OutcomeUnknown,
                ChangeNotMade = ChangeNotMade,
                Attempts = Attempts,
            };

        /// <summary>The inner exceptions as they are when no message quotes a secret; otherwise copies with the messages masked.</summary>
        private static Exception? RedactedChain(Exception? inner, Func<string, string> redact)
        {
            if (inner == null)
            {
                return null;
            }
            Exception? below = RedactedChain(inner.InnerException, redact);
            string message = redact(inner.Message);
            return message == inner.Message && ReferenceEquals(below, inner.InnerException)
                ? inner
                : new Http.MmsTransportFailure(inner.GetType().Name + ": " + message, below);
        }

        private static string ComposeMessage(int httpStatus, string errorCode, string serviceMessage, string? requestId)
        {
            string status = httpStatus == 0 ? "no HTTP answer" : "HTTP " + httpStatus;
            string request = string.IsNullOrEmpty(requestId) ? "no request id" : "request id " + requestId;
            return serviceMessage.TrimEnd('.') + ". (" + errorCode + ", " + status + ", " + request + ")";
        }
    }
}
