using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>Stands in for STS, the metadata service and credentials URIs when testing the resolver's chain; records what it was asked.</summary>
    internal sealed class FakeProviderFactory : ICredentialProviderFactory
    {
        public string? LastRoleArnCall { get; private set; }

        public OidcRoleSettings? LastOidcCall { get; private set; }

        public Uri? LastUriCall { get; private set; }

        public MmsCredentials FromEcsRamRole(string roleName) => new MmsCredentials("STS.ecs-" + roleName, "ecs-secret", "ecs-token", "fake ECS role");

        public MmsCredentials FromRamRoleArn(MmsCredentials source, RoleSettings role)
        {
            LastRoleArnCall = source.AccessKeyId + "|" + role.RoleArn + "|" + role.SessionName + "|" + role.DurationSeconds + "|" + role.StsRegion;
            return new MmsCredentials("STS.assumed", "assumed-secret", "assumed-token", "fake role");
        }

        public MmsCredentials FromOidcRole(OidcRoleSettings settings)
        {
            LastOidcCall = settings;
            return new MmsCredentials("STS.oidc", "oidc-secret", "oidc-token", "fake OIDC role");
        }

        public MmsCredentials FromCredentialsUri(Uri uri)
        {
            LastUriCall = uri;
            return new MmsCredentials("STS.uri", "uri-secret", "uri-token", "fake URI");
        }
    }
}
