using System;
using System.Management.Automation;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>Builds the ErrorRecords the cmdlets write: a specific ErrorId, the category its kind maps to, and a target.</summary>
    internal static class ErrorRecords
    {
        private const string OutcomeUnknownAction =
            "The request was sent but no answer came back, so the change may have happened: check the object's state before sending it again.";

        public static ErrorRecord FromApiError(MmsApiException e, MmsReference target)
        {
            bool notFound = e.Kind == MmsErrorKind.NotFound;
            string errorId = notFound ? target.NotFoundErrorId.Id : e.ErrorCode;
            string message = notFound ? target + " was not found. " + e.Message : e.Message;
            string? action = e.OutcomeUnknown ? OutcomeUnknownAction + (e.RecommendedAction == null ? string.Empty : " " + e.RecommendedAction) : e.RecommendedAction;
            if (e.OutcomeUnknown && target.OutcomeCheck != null)
            {
                // Said in the message too: a runbook log often keeps only the message.
                message += " The change to " + target + " may have happened: check with " + target.OutcomeCheck + " before sending it again.";
                action = "The change may have happened: check with " + target.OutcomeCheck + " before sending the request again; it is never resent automatically." +
                         (e.RecommendedAction == null ? string.Empty : " " + e.RecommendedAction);
            }
            return WithDetails(new ErrorRecord(e, errorId, Category(e.Kind), target), message, action);
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

        private static ErrorRecord WithDetails(ErrorRecord record, string message, string? recommendedAction)
        {
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction };
            return record;
        }
    }
}
