using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Connection
{
    /// <summary>The profile -ProfileName picked, whichever file it is in; its credentials are only worked out when asked for.</summary>
    internal sealed class NamedProfile
    {
        private readonly Func<MmsCredentials> _credentials;

        public NamedProfile(string? regionId, Func<MmsCredentials> credentials)
        {
            RegionId = regionId;
            _credentials = credentials;
        }

        /// <summary>The profile's region_id; only aliyun CLI profiles have one.</summary>
        public string? RegionId { get; }

        /// <summary>Deferred because -Credential still wins over the profile's keys, and an STS call for nothing would be slow.</summary>
        public MmsCredentials Credentials() => _credentials();
    }
}
