using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Sends one STS role request (AssumeRole or AssumeRoleWithOIDC) and reads the temporary credentials from its answer.</summary>
    internal static class StsClient
    {
        public const string Version = "2015-04-01";
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

        /// <param name="hint">What usually fixes a refusal, appended to STS's own message.</param>
        public static TemporaryCredentials Send(HttpClient http, HttpRequestMessage request, string action, string roleArn, string source, string hint)
        {
            try
            {
                using (var budget = new CancellationTokenSource(Budget))
                using (request)
                using (HttpResponseMessage response = http.SendAsync(request, budget.Token).GetAwaiter().GetResult())
                using (JsonDocument document = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()))
                {
                    JsonElement root = document.RootElement;
                    if (!response.IsSuccessStatusCode || root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Credentials", out JsonElement credentials))
                    {
                        bool isObject = root.ValueKind == JsonValueKind.Object;
                        string code = (isObject ? WireValues.FirstString(root, "Code", "code") : null) ?? "Http" + (int)response.StatusCode;
                        string message = (isObject ? WireValues.FirstString(root, "Message", "message") : null) ?? "no message";
                        string requestId = (isObject ? WireValues.FirstString(root, "RequestId") : null) ?? "none";
                        throw new MmsConfigurationException(MmsErrorIds.AssumeRoleFailed,
                            "STS " + action + " for " + roleArn + " failed: " + message + " (" + code + ", request id " + requestId + "). " + hint);
                    }
                    return TemporaryCredentialParser.Parse(credentials, source);
                }
            }
            catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException || e is JsonException)
            {
                throw new MmsConfigurationException(MmsErrorIds.AssumeRoleFailed, "STS " + action + " for " + roleArn + " failed: " + e.Message, e);
            }
        }
    }
}
