using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Turns a profile of the aliyun CLI file into credentials, by its mode, or a clear error for a mode we cannot use.</summary>
    public sealed class CliProfileCredentials
    {
        private const string SupportedModes = "AK, StsToken, RamRoleArn, EcsRamRole, ChainableRamRoleArn, OIDC, CredentialsURI, External";
        private static readonly string[] ExternalModes = { "AK", "StsToken", "RamRoleArn", "EcsRamRole" };
        private readonly AliyunCliConfig _config;
        private readonly ICredentialProviderFactory _providers;
        private readonly TimeSpan _externalTimeout;

        public CliProfileCredentials(AliyunCliConfig config, ICredentialProviderFactory providers, TimeSpan? externalTimeout = null)
        {
            _config = config;
            _providers = providers;
            _externalTimeout = externalTimeout ?? ExternalCredentialCommand.DefaultTimeout;
        }

        public MmsCredentials Resolve(AliyunCliProfile profile) => Resolve(profile, new List<string>());

        /// <param name="chain">The profiles whose source_profile led here, to refuse a chain that comes back on itself.</param>
        private MmsCredentials Resolve(AliyunCliProfile profile, List<string> chain)
        {
            string where = "profile '" + profile.Name + "' in " + _config.Path;
            string mode = string.IsNullOrEmpty(profile.Mode) ? "AK" : profile.Mode!;
            switch (mode)
            {
                case "AK":
                case "StsToken":
                case "RamRoleArn":
                case "EcsRamRole":
                    return FromKeyOrRole(profile, mode, where);
                case "ChainableRamRoleArn":
                    return Chained(profile, mode, where, chain);
                case "OIDC":
                    var oidc = new OidcRoleSettings(Role(profile, mode, where),
                        Require(profile.OidcProviderArn, where, mode, "oidc_provider_arn"), Require(profile.OidcTokenFile, where, mode, "oidc_token_file"));
                    return _providers.FromOidcRole(oidc);
                case "CredentialsURI":
                    return _providers.FromCredentialsUri(CredentialsUriProvider.Parse(Require(profile.CredentialsUri, where, mode, "credentials_uri"), where));
                case "External":
                    return External(profile, where);
                case "CloudSSO":
                case "OAuth":
                    throw NotSupported(where, mode, "it signs in through a browser, which a module cannot do unattended. " +
                        "Sign in with the aliyun CLI and use a profile of mode " + SupportedModes + " (an External profile can call a helper that prints STS credentials)");
                default:
                    throw NotSupported(where, mode, "supported modes are " + SupportedModes +
                        ". Use such a profile, -Credential, or the ALIBABA_CLOUD_ACCESS_KEY_* environment variables");
            }
        }

        /// <summary>The modes that hold a key or name a role directly; an External command prints one of these too.</summary>
        private MmsCredentials FromKeyOrRole(AliyunCliProfile profile, string mode, string where)
        {
            switch (mode)
            {
                case "StsToken":
                    return Key(profile, where, mode, Require(profile.StsToken, where, mode, "sts_token"));
                case "RamRoleArn":
                    return _providers.FromRamRoleArn(Key(profile, where, mode, null), Role(profile, mode, where));
                case "EcsRamRole":
                    return _providers.FromEcsRamRole(Require(profile.RamRoleName, where, mode, "ram_role_name").Trim());
                default:
                    return Key(profile, where, mode, null);
            }
        }

        private MmsCredentials Chained(AliyunCliProfile profile, string mode, string where, List<string> chain)
        {
            string sourceName = Require(profile.SourceProfile, where, mode, "source_profile").Trim();
            var visited = new List<string>(chain) { profile.Name ?? string.Empty };
            if (visited.Contains(sourceName, StringComparer.Ordinal))
            {
                throw new MmsConfigurationException(MmsErrorIds.ProfileCycle,
                    "The source_profile chain in " + _config.Path + " comes back on itself: " + string.Join(" -> ", visited.Append(sourceName)) +
                    ". Make the last profile of the chain one that holds a key (AK, StsToken) or names a role (EcsRamRole, OIDC).");
            }
            AliyunCliProfile source = _config.FindProfile(sourceName) ?? throw new MmsConfigurationException(MmsErrorIds.ProfileNotFound,
                "Profile '" + profile.Name + "' in " + _config.Path + " names source_profile '" + sourceName + "', which is not in that file.");
            return _providers.FromRamRoleArn(Resolve(source, visited), Role(profile, mode, where));
        }

        private MmsCredentials External(AliyunCliProfile profile, string where)
        {
            string output = ExternalCredentialCommand.Run(Require(profile.ProcessCommand, where, "External", "process_command"), where, _externalTimeout);
            AliyunCliProfile? printed;
            try
            {
                printed = JsonSerializer.Deserialize(output, MmsJsonContext.Default.AliyunCliProfile);
            }
            catch (JsonException e)
            {
                // Not e.Message: it can quote the output, which may hold a secret.
                throw ExternalCredentialCommand.Failed(where, "did not print a JSON object with a mode and credentials", e);
            }
            string? mode = printed?.Mode;
            if (printed == null || mode == null || !ExternalModes.Contains(mode, StringComparer.Ordinal))
            {
                throw ExternalCredentialCommand.Failed(where, "printed " + (mode == null ? "no mode" : "mode '" + mode + "'") +
                    "; it must print one of " + string.Join(", ", ExternalModes));
            }
            printed.Name = profile.Name;
            return FromKeyOrRole(printed, mode, "the output of the process_command of " + where);
        }

        private static MmsCredentials Key(AliyunCliProfile profile, string where, string mode, string? token) =>
            new MmsCredentials(Require(profile.AccessKeyId, where, mode, "access_key_id"), Require(profile.AccessKeySecret, where, mode, "access_key_secret"),
                token, where);

        private static RoleSettings Role(AliyunCliProfile profile, string mode, string where) =>
            new RoleSettings(Require(profile.RamRoleArn, where, mode, "ram_role_arn"), profile.RamSessionName, profile.ExpiredSeconds ?? 0,
                profile.StsRegion, profile.EnableVpc == true, profile.Policy, profile.ExternalId);

        private static string Require(string? value, string where, string mode, string field) =>
            string.IsNullOrWhiteSpace(value)
                ? throw new MmsConfigurationException(MmsErrorIds.ProfileIncomplete, Sentence(where) + " (mode " + mode + ") has no " + field + ".")
                : value!;

        private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static MmsConfigurationException NotSupported(string where, string mode, string why) =>
            new MmsConfigurationException(MmsErrorIds.ProfileModeNotSupported,
                Sentence(where) + " uses mode '" + mode + "', which MmsPowerShell does not support: " + why + ".");
    }
}
