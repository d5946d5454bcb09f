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
            // Every request is signed (and signed afresh for each attempt): one sorted list, no dictionaries.
            List<KeyValuePair<string, string>> signable = Signable(headers);
            string signedHeaders = SignedHeaders(signable);
            var builder = new StringBuilder(512);
            AppendCanonicalRequest(builder, method, canonicalUri, CanonicalQuery(query), signable, signedHeaders);
            string stringToSign = Algorithm + "\n" + Digests.Sha256(builder.ToString());
            string signature = Digests.HmacSha256(accessKeySecret, stringToSign);
            return Algorithm + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature;
        }

        public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
            // A stable sort: values of a repeated name keep the order they were given in.
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
            AppendCanonicalRequest(builder, method, canonicalUri, canonicalQuery, signableHeaders, signedHeaders);
            return builder.ToString();
        }

        /// <summary>host, content-type and every x-acs-* header, lowercased, trimmed and sorted.</summary>
        public static SortedDictionary<string, string> SignableHeaders(IEnumerable<KeyValuePair<string, string>> headers)
        {
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> header in Signable(headers))
            {
                result[header.Key] = header.Value;
            }
            return result;
        }

        /// <summary>
        /// The signable headers (host, content-type, x-acs-*) by lowercased name in ordinal order, each name once: the
        /// trimmed values of a repeated name sorted and joined with commas.
        /// </summary>
        private static List<KeyValuePair<string, string>> Signable(IEnumerable<KeyValuePair<string, string>> headers)
        {
            var picked = new List<KeyValuePair<string, string>>(8);
            foreach (KeyValuePair<string, string> header in headers)
            {
                string name = header.Key.ToLowerInvariant();
                if (name == "host" || name == "content-type" || name.StartsWith("x-acs-", StringComparison.Ordinal))
                {
                    picked.Add(new KeyValuePair<string, string>(name, header.Value.Trim()));
                }
            }
            picked.Sort((a, b) =>
            {
                int byName = string.CompareOrdinal(a.Key, b.Key);
                return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
            });
            var result = new List<KeyValuePair<string, string>>(picked.Count);
            foreach (KeyValuePair<string, string> header in picked)
            {
                int last = result.Count - 1;
                if (last >= 0 && result[last].Key == header.Key)
                {
                    result[last] = new KeyValuePair<string, string>(header.Key, result[last].Value + "," + header.Value);
                }
                else
                {
                    result.Add(header);
                }
            }
            return result;
        }

        private static string SignedHeaders(List<KeyValuePair<string, string>> signable)
        {
            var builder = new StringBuilder(128);
            foreach (KeyValuePair<string, string> header in signable)
            {
                if (builder.Length > 0)
                {
                    builder.Append(';');
                }
                builder.Append(header.Key);
            }
            return builder.ToString();
        }

        private static void AppendCanonicalRequest(
            StringBuilder builder,
            string method,
            string canonicalUri,
            string canonicalQuery,
            IEnumerable<KeyValuePair<string, string>> signableHeaders,
            string signedHeaders)
        {
            builder.Append(method.ToUpperInvariant()).Append('\n')
                   .Append(canonicalUri).Append('\n')
                   .Append(canonicalQuery).Append('\n');
            string? payloadHash = null;
            foreach (KeyValuePair<string, string> header in signableHeaders)
            {
                builder.Append(header.Key).Append(':').Append(header.Value).Append('\n');
                if (header.Key == "x-acs-content-sha256")
                {
                    payloadHash = header.Value;
                }
            }
            builder.Append('\n').Append(signedHeaders).Append('\n');
            builder.Append(payloadHash ?? Digests.EmptyBodySha256);
        }
    }
}
