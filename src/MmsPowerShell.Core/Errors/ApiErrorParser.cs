using System.Text;
using System.Text.RegularExpressions;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Errors
{
    /// <summary>Reads an error answer in either shape the service uses (gateway PascalCase or MaxCompute camelCase).</summary>
    public static class ApiErrorParser
    {
        private const int BodyExcerptLength = 200;

        public static MmsApiException FromResponse(
            int httpStatus, string? headerRequestId, TimeSpan? retryAfter, byte[] body, ApiRequest request, string? region)
        {
            var (code, message, requestId) = ReadErrorFields(body);
            requestId = requestId ?? headerRequestId;
            if (code == null)
            {
                // Not an API error at all (an HTML page from a proxy, an empty body): a bad answer, which
                // the retry policy still retries when its status is a transient one.
                return new MmsApiException(MmsErrorIds.InvalidResponse, httpStatus,
                    message ?? DescribeUnparsedBody(httpStatus, body), requestId,
                    "Check that the endpoint is a MaxCompute endpoint and that no proxy rewrites answers; retry later.")
                {
                    RetryAfter = retryAfter,
                };
            }
            message = message ?? "The service answered HTTP " + httpStatus + " with error code " + code;
            MmsErrorKind kind = ApiErrorClassifier.Classify(code, httpStatus, retryAfter.HasValue);
            return new MmsApiException(kind, httpStatus, code, message, requestId,
                ApiErrorClassifier.RecommendedAction(code, kind, request, region))
            {
                RetryAfter = retryAfter,
            };
        }

        /// <summary>The error code, message and request id of a body in either shape; nulls when it has none.</summary>
        public static (string? Code, string? Message, string? RequestId) ReadErrorFields(byte[] body)
        {
            if (!TryParseObject(body, out JsonElement root))
            {
                return (null, null, null);
            }
            return (WireValues.FirstString(root, "Code", "code", "errorCode", "ErrorCode"),
                    WireValues.FirstString(root, "Message", "message", "errorMsg", "errorMessage", "ErrorMessage", "Description", "description"),
                    WireValues.FirstString(root, "RequestId", "requestId"));
        }

        /// <summary>A short, safe excerpt for answers that are not JSON (an HTML page from a proxy): never the whole body.</summary>
        public static string DescribeUnparsedBody(int httpStatus, byte[] body)
        {
            if (body.Length == 0)
            {
                return "The service answered HTTP " + httpStatus + " with an empty body";
            }
            // Line breaks and indentation of an HTML page fold into single spaces; other control characters are made visible.
            string text = Regex.Replace(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, BodyExcerptLength * 4)), @"\s+", " ");
            string excerpt = ServiceText.Sanitize(text.Length > BodyExcerptLength ? text.Substring(0, BodyExcerptLength) + "..." : text);
            return "The service answered HTTP " + httpStatus + " with a body that is not an API answer: " + excerpt.Trim();
        }

        private static bool TryParseObject(byte[] body, out JsonElement root)
        {
            root = default;
            if (body.Length == 0)
            {
                return false;
            }
            try
            {
                using (var document = JsonDocument.Parse(body))
                {
                    root = document.RootElement.Clone();
                    return root.ValueKind == JsonValueKind.Object;
                }
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
