using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>Builds the ErrorRecords the cmdlets write: a specific ErrorId, the category its kind maps to, and a target.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord FromApiError(MmsApiException e, MmsReference target)
        {
            bool notFound = e.Kind == MmsErrorKind.NotFound;
            string errorId = notFound ? target.NotFoundErrorId.Id : e.ErrorCode;
            string message = notFound ? target + " was not found. " + e.Message : e.Message;
            string? action = e.RecommendedAction;
            if (e.OutcomeUnknown)
            {
                // Said in the message too: a runbook log often keeps only the message. The service's advice for an
                // answer (retry later) is dropped: a change whose outcome is unknown is checked first, never simply
                // sent again. Advice about the network path (no answer at all) still helps and is kept.
                string check = target.OutcomeCheck == null ? "by reading the object's state" : "with " + target.OutcomeCheck;
                message += " " + UnknownAnswer(e) + ", so the change to " + target + " may have happened: check " + check + " before sending it again.";
                action = "The change may have happened: check " + check + " before sending the request again; it is never resent automatically." +
                         (e.HttpStatus == 0 && e.RecommendedAction != null ? " " + e.RecommendedAction : string.Empty);
            }
            else if (e.ChangeNotMade)
            {
                message += e.HttpStatus == 0
                    ? " The request never reached the service, so nothing was changed; it is safe to send it again."
                    : " The service refused the request before acting on it, so nothing was changed; it is safe to send it again" +
                      (e.Kind == MmsErrorKind.Throttling ? " later." : " once corrected.");
            }
            return WithDetails(new ErrorRecord(e, errorId, Category(e.Kind), target), message, action);
        }

        /// <summary>What came back instead of a usable answer to a state change.</summary>
        private static string UnknownAnswer(MmsApiException e)
        {
            if (e.HttpStatus == 0)
            {
                return "The request was sent and no answer came back";
            }
            return e.HttpStatus >= 200 && e.HttpStatus <= 299
                ? "The service took the request (HTTP " + e.HttpStatus + ") but its answer cannot be read"
                : "The service answered HTTP " + e.HttpStatus + " after the request was sent, which does not say it was not carried out";
        }

        public static ErrorRecord FromConfigurationError(MmsConfigurationException e) =>
            WithDetails(new ErrorRecord(e, e.ErrorId.Id, Category(e.ErrorId.Kind), null), e.Message, e.RecommendedAction);

        /// <summary>An error the cmdlet itself raises (bad input, a job that failed, a wait that timed out).</summary>
        public static ErrorRecord Create(MmsErrorId errorId, string message, object? target, string? recommendedAction = null, Exception? inner = null) =>
            WithDetails(new ErrorRecord(new MmsOperationException(errorId, message, inner), errorId.Id, Category(errorId.Kind), target), message, recommendedAction);

        public static ErrorCategory Category(MmsErrorKind kind)
        {
            switch (kind)
            {
                case MmsErrorKind.InvalidRequest: return ErrorCategory.InvalidArgument;
                case MmsErrorKind.NotFound: return ErrorCategory.ObjectNotFound;
                case MmsErrorKind.Authentication: return ErrorCategory.AuthenticationError;
                case MmsErrorKind.PermissionDenied: return ErrorCategory.PermissionDenied;
                case MmsErrorKind.Throttling: return ErrorCategory.LimitsExceeded;
                case MmsErrorKind.ServerError: return ErrorCategory.ResourceUnavailable;
                case MmsErrorKind.InvalidResponse: return ErrorCategory.InvalidData;
                case MmsErrorKind.ConnectionFailed: return ErrorCategory.ConnectionError;
                case MmsErrorKind.Timeout: return ErrorCategory.OperationTimeout;
                case MmsErrorKind.Insecure: return ErrorCategory.SecurityError;
                case MmsErrorKind.NotSupported: return ErrorCategory.NotImplemented;
                case MmsErrorKind.Unreadable: return ErrorCategory.ReadError;
                case MmsErrorKind.OperationFailed: return ErrorCategory.InvalidResult;
                case MmsErrorKind.Conflict: return ErrorCategory.ResourceBusy;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every error kind needs a category.");
            }
        }

        /// <summary>
        /// Messages quote names the user typed and text the service sent; both go through the one sanitizer, so
        /// no control or bidirectional character reaches a terminal or a log from an error.
        /// </summary>
        private static ErrorRecord WithDetails(ErrorRecord record, string message, string? recommendedAction)
        {
            record.ErrorDetails = new ErrorDetails(ServiceText.Sanitize(message))
            {
                RecommendedAction = recommendedAction == null ? null : ServiceText.Sanitize(recommendedAction),
            };
            return record;
        }
    }
}
