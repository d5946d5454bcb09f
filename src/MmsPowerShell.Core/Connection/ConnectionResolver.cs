using System;
using System.Collections.Generic;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Connection
{
    /// <summary>
    /// Resolves credentials, region and endpoint in the order Alibaba Cloud users expect: explicit
    /// credentials, then -ProfileName, then the environment, then the CLI file's current profile, then the
    /// ECS instance RAM role named by ALIBABA_CLOUD_ECS_METADATA.
    /// </summary>
    public sealed class ConnectionResolver
    {
        private readonly IEnvironment _environment;
        private readonly ICredentialProviderFactory _providers;
        private readonly Lazy<AliyunCliConfig?> _cliConfig;

        public ConnectionResolver(IEnvironment environment, ICredentialProviderFactory? providers = null)
        {
            _environment = environment;
            _providers = providers ?? CredentialProviderFactory.Instance;
            _cliConfig = new Lazy<AliyunCliConfig?>(() => AliyunCliConfig.TryLoad(AliyunCliConfig.DefaultPath(_environment)));
        }

        public MmsConnection Resolve(ConnectionOptions options)
        {
            AliyunCliProfile? namedProfile = options.ProfileName == null ? null : RequireProfile(options.ProfileName);
            MmsCredentials credentials = ResolveCredentials(options, namedProfile);
            string? region = options.Region
                ?? _environment.GetVariable(EnvironmentVariables.RegionId)
                ?? (namedProfile ?? DefaultProfile())?.RegionId;
            Uri endpoint = EndpointResolver.Resolve(options.Endpoint, region);
            return new MmsConnection(endpoint, string.IsNullOrWhiteSpace(region) ? null : region!.Trim(), credentials);
        }

        private MmsCredentials ResolveCredentials(ConnectionOptions options, AliyunCliProfile? namedProfile)
        {
            if (options.Credentials != null)
            {
                return options.Credentials;
            }
            if (namedProfile != null)
            {
                return _cliConfig.Value!.ToCredentials(namedProfile, _providers);
            }
            MmsCredentials? fromEnvironment = FromEnvironment();
            if (fromEnvironment != null)
            {
                return fromEnvironment;
            }
            AliyunCliProfile? defaultProfile = DefaultProfile();
            if (defaultProfile != null)
            {
                return _cliConfig.Value!.ToCredentials(defaultProfile, _providers);
            }
            // Only a role named in the environment: probing the metadata address off ECS would stall every call.
            string? ecsRole = _environment.GetVariable(EnvironmentVariables.EcsMetadata);
            if (ecsRole != null && !IsTrue(EnvironmentVariables.EcsMetadataDisabled))
            {
                return _providers.FromEcsRamRole(ecsRole.Trim());
            }
            throw new MmsConfigurationException(MmsErrorIds.CredentialsNotFound, NoCredentialsMessage());
        }

        private MmsCredentials? FromEnvironment()
        {
            string? id = _environment.GetVariable(EnvironmentVariables.AccessKeyId);
            string? secret = _environment.GetVariable(EnvironmentVariables.AccessKeySecret);
            if (id == null && secret == null)
            {
                return null;
            }
            if (id == null || secret == null)
            {
                string missing = id == null ? EnvironmentVariables.AccessKeyId : EnvironmentVariables.AccessKeySecret;
                throw new MmsConfigurationException(
                    MmsErrorIds.CredentialsIncomplete,
                    "The environment has only half an AccessKey pair: " + missing + " is not set.");
            }
            return new MmsCredentials(id, secret, _environment.GetVariable(EnvironmentVariables.SecurityToken), "the environment");
        }

        /// <summary>The profile the CLI file step uses: ALIBABA_CLOUD_PROFILE, else the file's current one.</summary>
        private AliyunCliProfile? DefaultProfile()
        {
            if (IsTrue(EnvironmentVariables.CliProfileDisabled))
            {
                return null;
            }
            string? name = _environment.GetVariable(EnvironmentVariables.Profile);
            if (name != null)
            {
                return RequireProfile(name);
            }
            AliyunCliConfig? config = _cliConfig.Value;
            return config?.CurrentProfileName == null ? null : config.FindProfile(config.CurrentProfileName);
        }

        private bool IsTrue(string variable) => string.Equals(_environment.GetVariable(variable), "true", StringComparison.OrdinalIgnoreCase);

        private AliyunCliProfile RequireProfile(string name)
        {
            AliyunCliConfig? config = _cliConfig.Value;
            string path = AliyunCliConfig.DefaultPath(_environment);
            if (config == null)
            {
                throw new MmsConfigurationException(
                    MmsErrorIds.ProfileNotFound, "Profile '" + name + "' was asked for, but " + path + " does not exist. Create it with 'aliyun configure --profile " + name + "'.");
            }
            return config.FindProfile(name) ?? throw new MmsConfigurationException(
                MmsErrorIds.ProfileNotFound, "Profile '" + name + "' is not in " + path + ".");
        }

        private string NoCredentialsMessage()
        {
            var looked = new List<string>
            {
                "-Credential (AccessKey ID as user name, secret as password)",
                "-ProfileName",
                "the environment variables " + EnvironmentVariables.AccessKeyId + " and " + EnvironmentVariables.AccessKeySecret,
                "the current profile of " + AliyunCliConfig.DefaultPath(_environment) +
                    (_cliConfig.Value == null ? " (file not found)" : " (no current profile)"),
                "the ECS instance RAM role named by " + EnvironmentVariables.EcsMetadata,
            };
            return "No Alibaba Cloud credentials found. Looked in: " + string.Join("; ", looked) + ".";
        }
    }
}
