using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>Stands in for STS and the metadata service when testing the resolver's chain; records what it was asked.</summary>
    internal sealed class FakeProviderFactory : ICredentialProviderFactory
    {
        public string? LastRoleArnCall { get; private set; }

        public MmsCredentials FromEcsRamRole(string roleName) => new MmsCredentials("STS.ecs-" + roleName, "ecs-secret", "ecs-token", "fake ECS role");

        public MmsCredentials FromRamRoleArn(MmsCredentials source, string roleArn, string? sessionName, int durationSeconds, string? stsRegion)
        {
            LastRoleArnCall = source.AccessKeyId + "|" + roleArn + "|" + sessionName + "|" + durationSeconds + "|" + stsRegion;
            return new MmsCredentials("STS.assumed", "assumed-secret", "assumed-token", "fake role");
        }
    }
}
