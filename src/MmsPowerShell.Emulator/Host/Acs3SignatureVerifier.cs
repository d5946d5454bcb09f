using System.Security.Cryptography;
using System.Text;

namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// The server's side of ACS3-HMAC-SHA256: rebuilds the canonical request from what was received
    /// and recomputes the signature. Deliberately separate from the client's signer.
    /// </summary>
    public static class Acs3SignatureVerifier
    {
        public sealed class ParsedAuthorization
        {
            public ParsedAuthorization(string accessKeyId, string[] signedHeaders, string signature)
            {
                AccessKeyId = accessKeyId;
                SignedHeaders = signedHeaders;
                Signature = signature;
            }

            public string AccessKeyId { get; }
            public string[] SignedHeaders { get; }
            public string Signature { get; }
        }

        /// <summary>Reads "ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=.."; null when garbled.</summary>
        public static ParsedAuthorization? Parse(string? authorization)
        {
            const string prefix = "ACS3-HMAC-SHA256 ";
            if (authorization == null || !authorization.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }
            var parts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string part in authorization.Substring(prefix.Length).Split(','))
            {
                int equals = part.IndexOf('=');
                if (equals <= 0)
                {
                    return null;
                }
                parts[part.Substring(0, equals).Trim()] = part.Substring(equals + 1).Trim();
            }
            if (!parts.TryGetValue("Credential", out string? id) || !parts.TryGetValue("SignedHeaders", out string? headers) ||
                !parts.TryGetValue("Signature", out string? signature) || id.Length == 0 || headers.Length == 0 || signature.Length == 0)
            {
                return null;
            }
            return new ParsedAuthorization(id, headers.Split(';'), signature);
        }

        /// <param name="rawQuery">The query as received, without '?', still percent-encoded.</param>
        /// <param name="headerValues">Received header values by lowercase name.</param>
        public static string ExpectedSignature(string method, string rawPath, string rawQuery,
            IReadOnlyDictionary<string, string[]> headerValues, string[] signedHeaders, string secret)
        {
            var canonical = new StringBuilder();
            canonical.Append(method).Append('\n').Append(rawPath).Append('\n').Append(CanonicalQuery(rawQuery)).Append('\n');
            foreach (string name in signedHeaders)
            {
                headerValues.TryGetValue(name, out string[]? values);
                var trimmed = (values ?? Array.Empty<string>()).Select(v => v.Trim()).OrderBy(v => v, StringComparer.Ordinal);
                canonical.Append(name).Append(':').Append(string.Join(",", trimmed)).Append('\n');
            }
            canonical.Append('\n').Append(string.Join(";", signedHeaders)).Append('\n');
            headerValues.TryGetValue("x-acs-content-sha256", out string[]? payload);
            canonical.Append(payload?.FirstOrDefault()?.Trim() ?? string.Empty);

            string hashedCanonical = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()))).ToLowerInvariant();
            byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("ACS3-HMAC-SHA256\n" + hashedCanonical));
            return Convert.ToHexString(mac).ToLowerInvariant();
        }

        public static bool SignatureMatches(string expected, string received) =>
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(received));

        /// <summary>Decodes each received pair, then encodes it the RFC 3986 way and sorts by name.</summary>
        public static string CanonicalQuery(string rawQuery)
        {
            if (string.IsNullOrEmpty(rawQuery))
            {
                return string.Empty;
            }
            var pairs = rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
            {
                int equals = pair.IndexOf('=');
                string name = equals < 0 ? pair : pair.Substring(0, equals);
                string value = equals < 0 ? string.Empty : pair.Substring(equals + 1);
                return (Name: Encode(Uri.UnescapeDataString(name)), Value: Encode(Uri.UnescapeDataString(value)));
            });
            return string.Join("&", pairs.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + "=" + p.Value));
        }

        private static string Encode(string text)
        {
            var result = new StringBuilder();
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                char c = (char)b;
                bool unreserved = char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~';
                result.Append(unreserved ? c.ToString() : "%" + b.ToString("X2"));
            }
            return result.ToString();
        }
    }
}
