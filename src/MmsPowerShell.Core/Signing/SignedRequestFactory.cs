using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Signing
{
    /// <summary>Builds an ACS3-signed request to an Alibaba Cloud OpenAPI endpoint: a fresh nonce and date each time.</summary>
    public static class SignedRequestFactory
    {
        /// <summary>The content type the OpenAPI clients send with a JSON body; it is signed, so it must be sent exactly.</summary>
        public const string JsonContentType = "application/json; charset=utf-8";

        /// <param name="jsonBody">
        /// The exact bytes to send, hashed into x-acs-content-sha256; null sends no body and no content-type,
        /// and the payload hash is that of the empty string (as the official SDKs do for Start/Stop/Delete calls).
        /// </param>
        public static HttpRequestMessage Create(HttpMethod method, Uri endpoint, string path, IList<KeyValuePair<string, string>> query,
            string action, string version, MmsCredentials credentials, DateTime utcNow, byte[]? jsonBody = null)
        {
            string canonicalQuery = Acs3Signer.CanonicalQuery(query);
            var uri = new Uri(endpoint, path + (canonicalQuery.Length == 0 ? string.Empty : "?" + canonicalQuery));
            // The host header is signed, so send exactly what is signed: the port only when it is not the default.
            string host = endpoint.HostNameType == UriHostNameType.IPv6 || !endpoint.IsDefaultPort
                ? endpoint.Authority
                : endpoint.Host;
            var headers = new List<KeyValuePair<string, string>>
            {
                Pair("host", host),
                Pair("x-acs-action", action),
                Pair("x-acs-version", version),
                Pair("x-acs-date", utcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                Pair("x-acs-signature-nonce", Guid.NewGuid().ToString("N")),
                Pair("x-acs-content-sha256", jsonBody == null ? Digests.EmptyBodySha256 : Digests.Sha256(jsonBody)),
            };
            if (jsonBody != null)
            {
                headers.Add(Pair("content-type", JsonContentType));
            }
            if (credentials.SecurityToken != null)
            {
                headers.Add(Pair("x-acs-security-token", credentials.SecurityToken));
                headers.Add(Pair("x-acs-accesskey-id", credentials.AccessKeyId));
            }
            string authorization = Acs3Signer.CreateAuthorization(
                method.Method, path, query, headers, credentials.AccessKeyId, credentials.SecretBytes());

            var message = new HttpRequestMessage(method, uri);
            message.Headers.Host = host;
            foreach (var header in headers)
            {
                if (header.Key != "host" && header.Key != "content-type")
                {
                    message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            if (jsonBody != null)
            {
                message.Content = new ByteArrayContent(jsonBody);
                // Set verbatim: the typed setter would rewrite the value ("charset=utf-8" spacing) and break the signature.
                message.Content.Headers.TryAddWithoutValidation("Content-Type", JsonContentType);
            }
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
            // Added as text: the typed Accept collection parses the value on every request.
            message.Headers.TryAddWithoutValidation("Accept", "application/json");
            return message;
        }

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
