using System.Management.Automation;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>Builds the ErrorRecords the cmdlets write: a specific ErrorId, a category and a target.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord FromApiError(MmsApiException e, object target, string notFoundErrorId)
        {
            string errorId = e.Kind == MmsErrorKind.NotFound ? notFoundErrorId : e.ErrorCode;
            var record = new ErrorRecord(e, errorId, Category(e.Kind), target);
            string message = e.Kind == MmsErrorKind.NotFound ? target + " was not found. " + e.Message : e.Message;
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = e.RecommendedAction };
            return record;
        }

        public static ErrorRecord FromConfigurationError(MmsConfigurationException e)
        {
            ErrorCategory category;
            switch (e.ErrorId)
            {
                case "MmsCredentialsNotFound":
                case "MmsCredentialsIncomplete":
                case "MmsEcsRamRoleUnavailable":
                case "MmsAssumeRoleFailed":
                case "MmsTemporaryCredentialsInvalid":
                    category = ErrorCategory.AuthenticationError;
                    break;
                case "MmsProfileNotFound":
                    category = ErrorCategory.ObjectNotFound;
                    break;
                case "MmsInsecureEndpoint":
                    category = ErrorCategory.SecurityError;
                    break;
                case "MmsProfileModeNotSupported":
                    category = ErrorCategory.NotImplemented;
                    break;
                case "MmsCliConfigUnreadable":
                    category = ErrorCategory.ReadError;
                    break;
                default:
                    category = ErrorCategory.InvalidArgument;
                    break;
            }
            return new ErrorRecord(e, e.ErrorId, category, null);
        }

        private static ErrorCategory Category(MmsErrorKind kind)
        {
            switch (kind)
            {
                case MmsErrorKind.NotFound: return ErrorCategory.ObjectNotFound;
                case MmsErrorKind.Authentication: return ErrorCategory.AuthenticationError;
                case MmsErrorKind.PermissionDenied: return ErrorCategory.PermissionDenied;
                case MmsErrorKind.Throttling: return ErrorCategory.LimitsExceeded;
                case MmsErrorKind.ServerError: return ErrorCategory.ResourceUnavailable;
                case MmsErrorKind.InvalidResponse: return ErrorCategory.InvalidData;
                case MmsErrorKind.ConnectionFailed: return ErrorCategory.ConnectionError;
                case MmsErrorKind.Timeout: return ErrorCategory.OperationTimeout;
                default: return ErrorCategory.InvalidArgument;
            }
        }
    }
}
