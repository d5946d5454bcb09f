using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MmsPowerShell.Emulator
{
    /// <summary>Checks a request the way the gateway does; returns the error to answer, or null when it passes.</summary>
    public sealed class RequestAuthenticator
    {
        private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);
        private static readonly string[] RequiredHeaders = { "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256" };
        private readonly EmulatorOptions _options;
        private readonly NonceCache _nonces = new NonceCache();

        public RequestAuthenticator(EmulatorOptions options)
        {
            _options = options;
        }

        /// <param name="body">The body exactly as received, which x-acs-content-sha256 must hash to.</param>
        public GatewayError? Check(HttpContext context, string action, byte[] body)
        {
            HttpRequest request = context.Request;
            var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.Select(v => v ?? string.Empty).ToArray());
            var authorization = Acs3SignatureVerifier.Parse(request.Headers.Authorization.FirstOrDefault());
            if (authorization == null)
            {
                return new GatewayError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards: the Authorization header is missing or malformed.");
            }
            string? missing = RequiredHeaders.FirstOrDefault(name => !headers.ContainsKey(name));
            if (missing != null)
            {
                return new GatewayError(400, "MissingParameter", "The required header " + missing + " is missing.");
            }

            string? secret = null;
            bool sts = false;
            if (authorization.AccessKeyId == _options.AccessKeyId)
            {
                secret = _options.AccessKeySecret;
            }
            else if (authorization.AccessKeyId == _options.StsAccessKeyId)
            {
                secret = _options.StsAccessKeySecret;
                sts = true;
            }
            if (secret == null)
            {
                return new GatewayError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
            }

            string date = headers["x-acs-date"][0];
            if (!DateTime.TryParseExact(date, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime sent) ||
                (DateTime.UtcNow.AddSeconds(_options.ClockSkewSeconds) - sent).Duration() > MaxSkew)
            {
                return new GatewayError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
            }

            string bodyHash = Convert.ToHexString(SHA256.HashData(body)).ToLowerInvariant();
            if (!string.Equals(headers["x-acs-content-sha256"][0].Trim(), bodyHash, StringComparison.Ordinal))
            {
                return new GatewayError(400, "IncompleteSignature", "The x-acs-content-sha256 header does not match the body.");
            }

            var signed = new HashSet<string>(authorization.SignedHeaders, StringComparer.Ordinal);
            // content-type only travels with a body, and then it must be signed: otherwise a proxy could change how the body is read.
            string? unsigned = headers.Keys.Where(name => name == "host" || name == "content-type" || name.StartsWith("x-acs-", StringComparison.Ordinal))
                .FirstOrDefault(name => !signed.Contains(name));
            if (unsigned != null)
            {
                return new GatewayError(400, "IncompleteSignature", "The header " + unsigned + " was sent but not signed.");
            }

            var feature = context.Features.Get<IHttpRequestFeature>();
            string rawTarget = feature?.RawTarget ?? request.Path.Value ?? "/";
            if (Uri.TryCreate(rawTarget, UriKind.Absolute, out Uri? absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
            {
                // Absolute-form, as a client sends it to a proxy: the signed path is the part after the authority.
                rawTarget = absolute.PathAndQuery;
            }
            int question = rawTarget.IndexOf('?');
            string rawPath = question < 0 ? rawTarget : rawTarget.Substring(0, question);
            string rawQuery = question < 0 ? string.Empty : rawTarget.Substring(question + 1);
            string expected = Acs3SignatureVerifier.ExpectedSignature(request.Method, rawPath, rawQuery, headers, authorization.SignedHeaders, secret);
            if (!Acs3SignatureVerifier.SignatureMatches(expected, authorization.Signature))
            {
                return new GatewayError(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
            }

            // Only a correctly signed request may use up its nonce: otherwise a client retrying after a
            // signature error would be told "nonce used" instead of the real problem.
            if (!_nonces.TryUse(headers["x-acs-signature-nonce"][0]))
            {
                return new GatewayError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
            }

            headers.TryGetValue("x-acs-security-token", out string[]? token);
            if (sts && (token == null || token[0] != _options.SecurityToken))
            {
                return new GatewayError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
            }

            if (headers["x-acs-action"][0] != action)
            {
                return new GatewayError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
            }
            if (headers["x-acs-version"][0] != "2022-01-04")
            {
                return new GatewayError(400, "InvalidVersion", "Specified parameter Version is not valid.");
            }
            return null;
        }
    }
}
