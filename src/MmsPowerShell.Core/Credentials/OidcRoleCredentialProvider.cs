using System.IO;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// Temporary credentials of a RAM role from STS AssumeRoleWithOIDC (RRSA on ACK), cached until shortly before they expire.
    /// </summary>
    /// <remarks>
    /// The call is anonymous: STS declares it with no AccessKey signature, because the OIDC token is the proof of
    /// identity. The token travels in a form-encoded POST body, as the Go and Java libraries send it, so it never
    /// appears in a URL or a proxy log.
    /// </remarks>
    public sealed class OidcRoleCredentialProvider
    {
        private readonly OidcRoleSettings _settings;
        private readonly HttpClient _http;
        private readonly Func<DateTime> _utcNow;
        private readonly RefreshingCache _cache;

        public OidcRoleCredentialProvider(OidcRoleSettings settings, HttpClient http, Func<DateTime>? utcNow = null)
        {
            _settings = settings;
            _http = http;
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            _cache = new RefreshingCache(_utcNow);
        }

        public MmsCredentials GetCredentials() => _cache.Get(AssumeRoleWithOidc);

        private TemporaryCredentials AssumeRoleWithOidc()
        {
            RoleSettings role = _settings.Role;
            var query = new[]
            {
                Pair("Action", "AssumeRoleWithOIDC"),
                Pair("Version", StsClient.Version),
                Pair("Format", "JSON"),
                Pair("Timestamp", _utcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            };
            var form = new List<KeyValuePair<string, string>>
            {
                Pair("RoleArn", role.RoleArn),
                Pair("OIDCProviderArn", _settings.ProviderArn),
                Pair("OIDCToken", ReadToken()),
                Pair("RoleSessionName", role.SessionName),
                Pair("DurationSeconds", role.DurationSeconds.ToString(CultureInfo.InvariantCulture)),
            };
            if (role.Policy != null)
            {
                form.Add(Pair("Policy", role.Policy));
            }
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(role.StsEndpoint, "/?" + Acs3Signer.CanonicalQuery(query)))
            {
                Content = new FormUrlEncodedContent(form),
            };
            request.Headers.Accept.ParseAdd("application/json");
            return StsClient.Send(_http, request, "AssumeRoleWithOIDC", role.RoleArn,
                "role " + role.RoleArn + " (assumed with the OIDC token in " + _settings.TokenFile + ")",
                "The role must trust the OIDC provider " + _settings.ProviderArn + ", and the token in " + _settings.TokenFile + " must be current.");
        }

        private string ReadToken()
        {
            string token;
            try
            {
                token = File.ReadAllText(_settings.TokenFile).Trim();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                throw new MmsConfigurationException(MmsErrorIds.CredentialsFileUnreadable,
                    "The OIDC token file '" + _settings.TokenFile + "' cannot be read: " + e.Message, e);
            }
            if (token.Length == 0)
            {
                throw new MmsConfigurationException(MmsErrorIds.CredentialsFileUnreadable, "The OIDC token file '" + _settings.TokenFile + "' is empty.");
            }
            return token;
        }

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
