using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// Temporary credentials of a RAM role, from STS AssumeRole signed with a source AccessKey, cached until
    /// shortly before they expire (the RamRoleArn and ChainableRamRoleArn profile modes, the ram_role_arn INI type).
    /// </summary>
    public sealed class RamRoleArnCredentialProvider
    {
        private readonly MmsCredentials _source;
        private readonly RoleSettings _role;
        private readonly HttpClient _http;
        private readonly Func<DateTime> _utcNow;
        private readonly RefreshingCache _cache;

        public RamRoleArnCredentialProvider(MmsCredentials source, RoleSettings role, HttpClient http, Func<DateTime>? utcNow = null)
        {
            _source = source;
            _role = role;
            _http = http;
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            _cache = new RefreshingCache(_utcNow);
        }

        public MmsCredentials GetCredentials() => _cache.Get(AssumeRole);

        private TemporaryCredentials AssumeRole()
        {
            var query = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("RoleArn", _role.RoleArn),
                new KeyValuePair<string, string>("RoleSessionName", _role.SessionName),
                new KeyValuePair<string, string>("DurationSeconds", _role.DurationSeconds.ToString(CultureInfo.InvariantCulture)),
            };
            if (_role.Policy != null)
            {
                query.Add(new KeyValuePair<string, string>("Policy", _role.Policy));
            }
            if (_role.ExternalId != null)
            {
                query.Add(new KeyValuePair<string, string>("ExternalId", _role.ExternalId));
            }
            HttpRequestMessage request = SignedRequestFactory.Create(HttpMethod.Post, _role.StsEndpoint, "/", query, "AssumeRole", StsClient.Version, _source, _utcNow());
            return StsClient.Send(_http, request, "AssumeRole", _role.RoleArn, "role " + _role.RoleArn + " (assumed with " + _source.Source + ")",
                "The source AccessKey needs sts:AssumeRole on the role, and the role must trust it.");
        }
    }
}
