using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Session
{
    /// <summary>The connection a runspace stated once with Connect-Mms. Shows no secret: the credentials'
    /// secret and token are internal to MmsCredentials.</summary>
    public sealed class MmsContext
    {
        internal MmsContext(string? region, string? endpoint, string? profileName, MmsCredentials? credentials, Uri? proxy, Uri resolvedEndpoint, string credentialSource,
            string? resolvedAccessKeyId = null)
        {
            ResolvedAccessKeyId = resolvedAccessKeyId;
            Region = region;
            Endpoint = endpoint;
            ProfileName = profileName;
            Credentials = credentials;
            ProxyUri = proxy;
            ResolvedEndpoint = resolvedEndpoint;
            CredentialSource = credentialSource;
        }

        public string? Region { get; }

        public string? Endpoint { get; }

        public string? ProfileName { get; }

        /// <summary>The proxy, shown without any user name or password it carries.</summary>
        public string? Proxy => ProxyUri == null ? null : UserInfoRedaction.Redact(ProxyUri);

        /// <summary>The proxy as given, credentials included, for the requests themselves.</summary>
        internal Uri? ProxyUri { get; }

        /// <summary>The endpoint calls go to, as resolved when connecting.</summary>
        public Uri ResolvedEndpoint { get; }

        /// <summary>Where the credentials come from, e.g. "-Credential" or "profile 'prod' in ~/.aliyun/config.json".</summary>
        public string CredentialSource { get; }

        /// <summary>
        /// The AccessKey ID in use: that of -Credential, or the one the environment, profile or role resolved to when
        /// Connect-Mms ran (never the secret).
        /// </summary>
        public string? AccessKeyId => Credentials?.AccessKeyId ?? ResolvedAccessKeyId;

        private string? ResolvedAccessKeyId { get; }

        public bool UsesSecurityToken => Credentials?.IsTemporary ?? false;

        internal MmsCredentials? Credentials { get; }

        public override string ToString() => ResolvedEndpoint + " (" + CredentialSource + ")";
    }
}
