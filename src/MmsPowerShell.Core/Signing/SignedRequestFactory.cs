using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Signing
{
    /// <summary>Builds an ACS3-signed, bodiless request to an Alibaba Cloud OpenAPI endpoint: a fresh nonce and date each time.</summary>
    public static class SignedRequestFactory
    {
        public static HttpRequestMessage Create(HttpMethod method, Uri endpoint, string path, IList<KeyValuePair<string, string>> query,
            string action, string version, MmsCredentials credentials, DateTime utcNow)
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
                Pair("x-acs-content-sha256", Hex.EmptyBodySha256),
            };
            if (credentials.SecurityToken != null)
            {
                headers.Add(Pair("x-acs-security-token", credentials.SecurityToken));
                headers.Add(Pair("x-acs-accesskey-id", credentials.AccessKeyId));
            }
            string authorization = Acs3Signer.CreateAuthorization(
                method.Method, path, query, headers, credentials.AccessKeyId, credentials.SecretBytes());

            var message = new HttpRequestMessage(method, uri);
            message.Headers.Host = host;
            foreach (var header in headers.Where(h => h.Key != "host"))
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
            message.Headers.Accept.ParseAdd("application/json");
            return message;
        }

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
