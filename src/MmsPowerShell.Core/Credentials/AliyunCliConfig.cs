using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Reads the aliyun CLI configuration file and turns its profiles into credentials.</summary>
    public sealed class AliyunCliConfig
    {
        private readonly AliyunCliConfigFile _file;

        private AliyunCliConfig(string path, AliyunCliConfigFile file)
        {
            Path = path;
            _file = file;
        }

        public string Path { get; }

        public string? CurrentProfileName => _file.Current;

        public static string DefaultPath(IEnvironment environment) =>
            System.IO.Path.Combine(environment.HomeDirectory, ".aliyun", "config.json");

        /// <summary>Loads the file, or returns null when it does not exist.</summary>
        public static AliyunCliConfig? TryLoad(string path)
        {
            if (!File.Exists(path))
            {
                return null;
            }
            try
            {
                var file = JsonSerializer.Deserialize(File.ReadAllText(path), MmsJsonContext.Default.AliyunCliConfigFile);
                return new AliyunCliConfig(path, file ?? new AliyunCliConfigFile());
            }
            catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException)
            {
                throw new MmsConfigurationException(
                    MmsErrorIds.CliConfigUnreadable,
                    "The aliyun CLI configuration file '" + path + "' cannot be read: " + e.Message, e);
            }
        }

        public AliyunCliProfile? FindProfile(string name) =>
            _file.Profiles?.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

        /// <summary>The credentials of a profile, or a clear error for a mode we cannot use.</summary>
        public MmsCredentials ToCredentials(AliyunCliProfile profile, ICredentialProviderFactory providers)
        {
            string source = "profile '" + profile.Name + "' in " + Path;
            string mode = string.IsNullOrEmpty(profile.Mode) ? "AK" : profile.Mode!;
            switch (mode)
            {
                case "AK":
                    return Create(profile, null, source, mode);
                case "StsToken":
                    if (string.IsNullOrWhiteSpace(profile.StsToken))
                    {
                        throw Incomplete(profile, mode, "sts_token");
                    }
                    return Create(profile, profile.StsToken, source, mode);
                case "RamRoleArn":
                    if (string.IsNullOrWhiteSpace(profile.RamRoleArn))
                    {
                        throw Incomplete(profile, mode, "ram_role_arn");
                    }
                    return providers.FromRamRoleArn(Create(profile, null, source, mode), profile.RamRoleArn!.Trim(), profile.RamSessionName,
                        profile.ExpiredSeconds ?? 0, profile.StsRegion);
                case "EcsRamRole":
                    if (string.IsNullOrWhiteSpace(profile.RamRoleName))
                    {
                        throw Incomplete(profile, mode, "ram_role_name");
                    }
                    return providers.FromEcsRamRole(profile.RamRoleName!.Trim());
                default:
                    throw new MmsConfigurationException(
                        MmsErrorIds.ProfileModeNotSupported,
                        "Profile '" + profile.Name + "' in " + Path + " uses mode '" + mode +
                        "', which MmsPowerShell does not support. Supported modes: AK, StsToken, RamRoleArn, EcsRamRole. " +
                        "Use an AK or StsToken profile, -Credential, or the ALIBABA_CLOUD_ACCESS_KEY_* environment variables.");
            }
        }

        private MmsCredentials Create(AliyunCliProfile profile, string? token, string source, string mode)
        {
            if (string.IsNullOrWhiteSpace(profile.AccessKeyId))
            {
                throw Incomplete(profile, mode, "access_key_id");
            }
            if (string.IsNullOrEmpty(profile.AccessKeySecret))
            {
                throw Incomplete(profile, mode, "access_key_secret");
            }
            return new MmsCredentials(profile.AccessKeyId!, profile.AccessKeySecret!, token, source);
        }

        private MmsConfigurationException Incomplete(AliyunCliProfile profile, string mode, string field) =>
            new MmsConfigurationException(
                MmsErrorIds.ProfileIncomplete,
                "Profile '" + profile.Name + "' (mode " + mode + ") in " + Path + " has no " + field + ".");
    }
}
