using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace MmsPowerShell.Core.Signing
{
    /// <summary>Builds the ACS3-HMAC-SHA256 (V3) Authorization header for one request.</summary>
    public static class Acs3Signer
    {
        public const string Algorithm = "ACS3-HMAC-SHA256";

        /// <summary>Returns the Authorization header value.</summary>
        /// <param name="headers">Every header the request will carry, by name; the signable ones are picked here.</param>
        public static string CreateAuthorization(
            string method,
            string canonicalUri,
            IEnumerable<KeyValuePair<string, string>> query,
            IEnumerable<KeyValuePair<string, string>> headers,
            string accessKeyId,
            byte[] accessKeySecret)
        {
            var signable = SignableHeaders(headers);
            string signedHeaders = string.Join(";", signable.Keys);
            string canonicalRequest = CanonicalRequest(method, canonicalUri, CanonicalQuery(query), signable, signedHeaders);
            string stringToSign = Algorithm + "\n" + Digests.Sha256(canonicalRequest);
            string signature = Digests.HmacSha256(accessKeySecret, stringToSign);
            return Algorithm + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature;
        }

        public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
            string.Join("&", query
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => Rfc3986.Encode(pair.Key) + "=" + Rfc3986.Encode(pair.Value ?? string.Empty)));

        public static string CanonicalRequest(
            string method,
            string canonicalUri,
            string canonicalQuery,
            SortedDictionary<string, string> signableHeaders,
            string signedHeaders)
        {
            var builder = new StringBuilder();
            builder.Append(method.ToUpperInvariant()).Append('\n')
                   .Append(canonicalUri).Append('\n')
                   .Append(canonicalQuery).Append('\n');
            foreach (var header in signableHeaders)
            {
                builder.Append(header.Key).Append(':').Append(header.Value).Append('\n');
            }
            builder.Append('\n').Append(signedHeaders).Append('\n');
            signableHeaders.TryGetValue("x-acs-content-sha256", out string? payloadHash);
            builder.Append(payloadHash ?? Digests.EmptyBodySha256);
            return builder.ToString();
        }

        /// <summary>host, content-type and every x-acs-* header, lowercased, trimmed and sorted.</summary>
        public static SortedDictionary<string, string> SignableHeaders(IEnumerable<KeyValuePair<string, string>> headers)
        {
            var grouped = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var header in headers)
            {
                string name = header.Key.ToLowerInvariant();
                if (name != "host" && name != "content-type" && !name.StartsWith("x-acs-", StringComparison.Ordinal))
                {
                    continue;
                }
                if (!grouped.TryGetValue(name, out var values))
                {
                    grouped[name] = values = new List<string>();
                }
                values.Add(header.Value.Trim());
            }
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in grouped)
            {
                entry.Value.Sort(StringComparer.Ordinal);
                result[entry.Key] = string.Join(",", entry.Value);
            }
            return result;
        }
    }
}
