using System;
using System.Collections.Concurrent;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Where the resolver gets temporary credentials from; replaceable in tests.</summary>
    public interface ICredentialProviderFactory
    {
        MmsCredentials FromEcsRamRole(string roleName);

        MmsCredentials FromRamRoleArn(MmsCredentials source, string roleArn, string? sessionName, int durationSeconds, string? stsRegion);
    }

    /// <summary>The real providers, one per role for the process, so their cached credentials are reused across calls.</summary>
    public sealed class CredentialProviderFactory : ICredentialProviderFactory
    {
        public static readonly CredentialProviderFactory Instance = new CredentialProviderFactory();
        private readonly ConcurrentDictionary<string, EcsRamRoleCredentialProvider> _ecs = new ConcurrentDictionary<string, EcsRamRoleCredentialProvider>();
        private readonly ConcurrentDictionary<string, RamRoleArnCredentialProvider> _roles = new ConcurrentDictionary<string, RamRoleArnCredentialProvider>();

        private CredentialProviderFactory()
        {
        }

        public MmsCredentials FromEcsRamRole(string roleName) =>
            _ecs.GetOrAdd(roleName, name => new EcsRamRoleCredentialProvider(name, MmsHttpClientFactory.CreateClient())).GetCredentials();

        public MmsCredentials FromRamRoleArn(MmsCredentials source, string roleArn, string? sessionName, int durationSeconds, string? stsRegion) =>
            _roles.GetOrAdd(source.AccessKeyId + "|" + roleArn + "|" + sessionName + "|" + stsRegion,
                _ => new RamRoleArnCredentialProvider(source, roleArn, sessionName, durationSeconds, RamRoleArnCredentialProvider.EndpointFor(stsRegion),
                    MmsHttpClientFactory.CreateClient())).GetCredentials();
    }
}
