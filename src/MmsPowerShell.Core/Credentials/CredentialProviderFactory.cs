using System.Collections.Concurrent;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>The real providers, one per role or URI for the process, so their cached credentials are reused across calls.</summary>
    public sealed class CredentialProviderFactory : ICredentialProviderFactory
    {
        public static readonly CredentialProviderFactory Instance = new CredentialProviderFactory();
        private readonly ConcurrentDictionary<string, EcsRamRoleCredentialProvider> _ecs = new ConcurrentDictionary<string, EcsRamRoleCredentialProvider>();
        private readonly ConcurrentDictionary<string, RamRoleArnCredentialProvider> _roles = new ConcurrentDictionary<string, RamRoleArnCredentialProvider>();
        private readonly ConcurrentDictionary<string, OidcRoleCredentialProvider> _oidc = new ConcurrentDictionary<string, OidcRoleCredentialProvider>();
        private readonly ConcurrentDictionary<Uri, CredentialsUriProvider> _uris = new ConcurrentDictionary<Uri, CredentialsUriProvider>();

        private CredentialProviderFactory()
        {
        }

        public MmsCredentials FromEcsRamRole(string roleName) =>
            _ecs.GetOrAdd(roleName, name => new EcsRamRoleCredentialProvider(name, MmsHttpClientFactory.CreateClient())).GetCredentials();

        public MmsCredentials FromRamRoleArn(MmsCredentials source, RoleSettings role) =>
            _roles.GetOrAdd(source.AccessKeyId + "|" + role.CacheKey,
                _ => new RamRoleArnCredentialProvider(source, role, MmsHttpClientFactory.CreateClient())).GetCredentials();

        public MmsCredentials FromOidcRole(OidcRoleSettings settings) =>
            _oidc.GetOrAdd(settings.CacheKey, _ => new OidcRoleCredentialProvider(settings, MmsHttpClientFactory.CreateClient())).GetCredentials();

        public MmsCredentials FromCredentialsUri(Uri uri) =>
            _uris.GetOrAdd(uri, u => new CredentialsUriProvider(u, MmsHttpClientFactory.CreateClient())).GetCredentials();
    }
}
