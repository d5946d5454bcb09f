using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Errors
{
    /// <summary>Sorts service error codes into kinds and says what to do about the common ones.</summary>
    /// <remarks>Keyed on the code first: the service gives different HTTP statuses for the same code.</remarks>
    public static class ApiErrorClassifier
    {
        public static MmsErrorKind Classify(string code, int httpStatus, bool retryAfterHeader)
        {
            if (code.StartsWith("InvalidAction", StringComparison.Ordinal) || code.StartsWith("InvalidApi", StringComparison.Ordinal))
            {
                // The operation itself is unknown to the endpoint: a wrong endpoint or version, not a missing table.
                return MmsErrorKind.InvalidRequest;
            }
            if (code == "ODPS-0130131" || (code.EndsWith(".NotFound", StringComparison.Ordinal) &&
                !code.StartsWith("InvalidAccessKeyId", StringComparison.Ordinal)))
            {
                return MmsErrorKind.NotFound;
            }
            if (code.StartsWith("InvalidAccessKeyId", StringComparison.Ordinal) || code.StartsWith("Signature", StringComparison.Ordinal) ||
                code == "IncompleteSignature" || code.StartsWith("InvalidTimeStamp", StringComparison.Ordinal) ||
                code.StartsWith("InvalidSecurityToken", StringComparison.Ordinal) || code.StartsWith("ODPS-041", StringComparison.Ordinal))
            {
                return MmsErrorKind.Authentication;
            }
            if (code.StartsWith("Forbidden", StringComparison.Ordinal) || code == "NoPermission")
            {
                return MmsErrorKind.PermissionDenied;
            }
            if (code.StartsWith("Throttling", StringComparison.Ordinal) || httpStatus == 429 || retryAfterHeader)
            {
                return MmsErrorKind.Throttling;
            }
            if (code == "InternalError" || code == "ServiceUnavailable" || httpStatus >= 500)
            {
                return MmsErrorKind.ServerError;
            }
            switch (httpStatus)
            {
                case 401:
                    return MmsErrorKind.Authentication;
                case 403:
                    return MmsErrorKind.PermissionDenied;
                case 404:
                    return MmsErrorKind.NotFound;
                default:
                    return MmsErrorKind.InvalidRequest;
            }
        }

        public static string? RecommendedAction(string code, MmsErrorKind kind, ApiRequest request, string? region)
        {
            switch (code)
            {
                case "SignatureDoesNotMatch":
                case "IncompleteSignature":
                case "ODPS-0410042":
                    return "Check the AccessKey secret (and that it belongs to the AccessKey ID), and that the local clock is right.";
                case "InvalidAccessKeyId.NotFound":
                    return "The AccessKey ID is unknown: check -Credential, -ProfileName or ALIBABA_CLOUD_ACCESS_KEY_ID.";
                case "InvalidAccessKeyId.Inactive":
                    return "The AccessKey is disabled: enable it in the RAM console or use another one.";
                case "InvalidTimeStamp.Expired":
                case "ODPS-0410031":
                    return "The local clock is off by more than 15 minutes: synchronise it with a time server and retry.";
                case "SignatureNonceUsed":
                    return "The request was replayed; send it again (a new nonce is made for every request).";
                case "InvalidSecurityToken.Expired":
                case "InvalidSecurityToken.Malformed":
                case "InvalidSecurityToken.MismatchWithAccessKey":
                    return "The STS security token has expired or does not match the AccessKey: get fresh STS credentials.";
            }
            switch (kind)
            {
                case MmsErrorKind.PermissionDenied:
                    return "Grant the RAM action " + request.RamAction + " on acs:odps:" + (region ?? "{regionId}") +
                           ":{accountId}:mmsdatasource/" + request.SourceId + " to the caller.";
                case MmsErrorKind.Throttling:
                    return "The service is throttling requests: retry later or send fewer at once.";
                case MmsErrorKind.ServerError:
                    return "The service failed; retry later. Quote the request id if you contact support.";
                default:
                    return null;
            }
        }
    }
}
