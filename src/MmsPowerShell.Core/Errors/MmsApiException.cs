using System;

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
            : base(ComposeMessage(httpStatus, errorCode, serviceMessage, requestId), inner)
        {
            Kind = kind;
            HttpStatus = httpStatus;
            ErrorCode = errorCode;
            ServiceMessage = serviceMessage;
            RequestId = requestId;
            RecommendedAction = recommendedAction;
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

        /// <summary>How many attempts were made before this error was given up on.</summary>
        public int Attempts { get; internal set; } = 1;

        private static string ComposeMessage(int httpStatus, string errorCode, string serviceMessage, string? requestId)
        {
            string status = httpStatus == 0 ? "no HTTP answer" : "HTTP " + httpStatus;
            string request = string.IsNullOrEmpty(requestId) ? "no request id" : "request id " + requestId;
            return serviceMessage.TrimEnd('.') + ". (" + errorCode + ", " + status + ", " + request + ")";
        }
    }
}
