namespace MmsPowerShell.Core.Tests
{
    /// <summary>
    /// What the credential services answer, for the provider tests: the metadata service, a credentials URI and STS
    /// all carry the same four fields (AccessKeyId, AccessKeySecret, SecurityToken, Expiration), each in its own wrapping.
    /// </summary>
    internal static class CredentialAnswers
    {
        /// <summary>A JSON answer with nothing else (no request-id header: credential services send none).</summary>
        public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
            new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        /// <summary>The credentials of key <paramref name="id"/> (secret s-id, token t-id); without a code, no Code field.</summary>
        public static string Credentials(string id, DateTime expires, string? code = "Success", string? lastUpdated = null) =>
            "{" + (code == null ? string.Empty : "\"Code\":\"" + code + "\",") +
            "\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"s-" + id + "\",\"SecurityToken\":\"t-" + id +
            "\",\"Expiration\":\"" + expires.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'") + "\"" +
            (lastUpdated == null ? string.Empty : ",\"LastUpdated\":\"" + lastUpdated + "\"") + "}";
    }
}
