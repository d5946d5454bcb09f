using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Connection
{
    /// <summary>
    /// Resolves credentials, region and endpoint. Credentials: -Credential/-SecurityToken, then -ProfileName, then the
    /// default chain of Alibaba Cloud's official credentials libraries (DefaultCredentialsProvider in Go, Java, Python
    /// and .NET): environment keys, OIDC role, aliyun CLI profile, INI credentials file, ECS instance RAM role,
    /// credentials URI. The first source that is configured wins; one configured but broken is an error, not a skip.
    /// </summary>
    /// <remarks>Files are read only when a step needs them, so a broken file cannot break a call that never uses it.</remarks>
    public sealed class ConnectionResolver
    {
        private const string DefaultIniSection = "default";
        private readonly IEnvironment _environment;
        private readonly ICredentialProviderFactory _providers;
        private readonly Lazy<AliyunCliConfig?> _cliConfig;
        private readonly Lazy<IniCredentialsFile?> _iniFile;
        private readonly List<string> _warnings = new List<string>();

        public ConnectionResolver(IEnvironment environment, ICredentialProviderFactory? providers = null)
        {
            _environment = environment;
            _providers = providers ?? CredentialProviderFactory.Instance;
            _cliConfig = new Lazy<AliyunCliConfig?>(() => Checked(AliyunCliConfig.TryLoad(AliyunCliConfig.DefaultPath(_environment)), c => c.Path));
            _iniFile = new Lazy<IniCredentialsFile?>(() =>
            {
                string? path = IniCredentialsFile.Locate(_environment);
                return path == null ? null : Checked(IniCredentialsFile.Load(path), f => f.Path);
            });
        }

        public MmsConnection Resolve(ConnectionOptions options)
        {
            NamedProfile? named = options.ProfileName == null ? null : FindNamedProfile(options.ProfileName.Trim());
            MmsCredentials credentials = options.Credentials ?? named?.Credentials() ?? DefaultChain();
            string? region = options.Region ?? _environment.GetVariable(EnvironmentVariables.RegionId);
            if (region == null)
            {
                // Only the CLI file holds a MaxCompute region; with -Endpoint none is needed, so the file is not read for one.
                region = named != null ? named.RegionId : options.Endpoint == null ? RegionOfDefaultCliProfile() : null;
            }
            Uri endpoint = EndpointResolver.Resolve(options.Endpoint, region);
            return new MmsConnection(endpoint, string.IsNullOrWhiteSpace(region) ? null : region!.Trim(), credentials, _warnings.ToArray());
        }

        /// <summary>Notes a warning when a credentials file that was read can be read by other users.</summary>
        private T? Checked<T>(T? file, Func<T, string> pathOf)
            where T : class
        {
            string? warning = file == null ? null : CredentialFilePermissions.Warning(pathOf(file));
            if (warning != null)
            {
                _warnings.Add(warning);
            }
            return file;
        }

        /// <summary>
        /// -ProfileName names a profile of the aliyun CLI file; when that file is absent or has no profile of that name,
        /// a [section] of the INI credentials file. The CLI file comes first because -ProfileName has always meant it,
        /// and the official chain, too, reads the CLI profile before the INI file. A broken CLI file is an error here:
        /// without it we cannot tell which file the name belongs to.
        /// </summary>
        private NamedProfile FindNamedProfile(string name)
        {
            AliyunCliConfig? config = _cliConfig.Value;
            AliyunCliProfile? profile = config?.FindProfile(name);
            if (profile != null)
            {
                return new NamedProfile(profile.RegionId, () => new CliProfileCredentials(config!, _providers).Resolve(profile));
            }
            IniCredentialsFile? ini = _iniFile.Value;
            if (ini != null && ini.HasSection(name))
            {
                return new NamedProfile(null, () => new IniProfileCredentials(ini, _providers).Resolve(name));
            }
            throw ProfileNotFound("Profile '" + name + "'", name);
        }

        private MmsCredentials DefaultChain() =>
            FromEnvironment()
            ?? FromOidcEnvironment()
            ?? FromCliProfile()
            ?? FromIniFile()
            ?? FromEcsRole()
            ?? FromCredentialsUri()
            // The next step is said once, in the message (a runbook log keeps only that), not again as a recommended action.
            ?? throw new MmsConfigurationException(MmsErrorIds.CredentialsNotFound, NoCredentialsMessage() + " " + NoCredentialsNextStep, null, null);

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

        /// <summary>
        /// RRSA on ACK sets all three variables. ALIBABA_CLOUD_ROLE_ARN alone is no OIDC set-up (other tools read it), so
        /// it is skipped; a provider ARN or token file without the rest is a half-done set-up, and says what is missing.
        /// </summary>
        private MmsCredentials? FromOidcEnvironment()
        {
            string[] names = { EnvironmentVariables.RoleArn, EnvironmentVariables.OidcProviderArn, EnvironmentVariables.OidcTokenFile };
            string?[] values = names.Select(_environment.GetVariable).ToArray();
            if (values[1] == null && values[2] == null)
            {
                return null;
            }
            string[] missing = names.Where((_, i) => values[i] == null).ToArray();
            if (missing.Length > 0)
            {
                throw new MmsConfigurationException(MmsErrorIds.CredentialsIncomplete,
                    "The environment has only part of an OIDC role: " + string.Join(" and ", missing) + (missing.Length == 1 ? " is" : " are") + " not set.");
            }
            var role = new RoleSettings(values[0]!, _environment.GetVariable(EnvironmentVariables.RoleSessionName), 0,
                _environment.GetVariable(EnvironmentVariables.StsRegion), IsTrue(EnvironmentVariables.VpcEndpointEnabled));
            return _providers.FromOidcRole(new OidcRoleSettings(role, values[1]!, values[2]!));
        }

        private MmsCredentials? FromCliProfile()
        {
            AliyunCliProfile? profile = DefaultCliProfile();
            return profile == null ? null : new CliProfileCredentials(_cliConfig.Value!, _providers).Resolve(profile);
        }

        /// <summary>The section ALIBABA_CLOUD_PROFILE names (when the CLI file had no such profile), else [default].</summary>
        private MmsCredentials? FromIniFile()
        {
            string? asked = _environment.GetVariable(EnvironmentVariables.Profile);
            string section = asked ?? DefaultIniSection;
            IniCredentialsFile? ini = _iniFile.Value;
            if (ini != null && ini.HasSection(section))
            {
                return new IniProfileCredentials(ini, _providers).Resolve(section);
            }
            return asked == null ? null : throw ProfileNotFound(EnvironmentVariables.Profile + " names profile '" + asked + "', but it", asked);
        }

        /// <summary>Only a role named in the environment: probing the metadata address off ECS, as the official libraries do, would stall every call.</summary>
        private MmsCredentials? FromEcsRole()
        {
            string? role = _environment.GetVariable(EnvironmentVariables.EcsMetadata);
            return role == null || IsTrue(EnvironmentVariables.EcsMetadataDisabled) ? null : _providers.FromEcsRamRole(role.Trim());
        }

        private MmsCredentials? FromCredentialsUri()
        {
            string? text = _environment.GetVariable(EnvironmentVariables.CredentialsUri);
            return text == null ? null : _providers.FromCredentialsUri(CredentialsUriProvider.Parse(text, EnvironmentVariables.CredentialsUri));
        }

        /// <summary>ALIBABA_CLOUD_PROFILE when the CLI file has it (else the INI step looks for it), otherwise the file's current profile.</summary>
        private AliyunCliProfile? DefaultCliProfile()
        {
            if (IsTrue(EnvironmentVariables.CliProfileDisabled))
            {
                return null;
            }
            AliyunCliConfig? config = _cliConfig.Value;
            string? name = _environment.GetVariable(EnvironmentVariables.Profile) ?? config?.CurrentProfileName;
            return name == null ? null : config?.FindProfile(name);
        }

        private string? RegionOfDefaultCliProfile()
        {
            try
            {
                return DefaultCliProfile()?.RegionId;
            }
            catch (MmsConfigurationException e) when (e.ErrorId == MmsErrorIds.CliConfigUnreadable)
            {
                throw new MmsConfigurationException(e.ErrorId, e.Message + " It was read for its region_id: pass -Region or set " +
                    EnvironmentVariables.RegionId + " to do without it.", e);
            }
        }

        private bool IsTrue(string variable) => string.Equals(_environment.GetVariable(variable), "true", StringComparison.OrdinalIgnoreCase);

        private MmsConfigurationException ProfileNotFound(string subject, string name)
        {
            string cli = AliyunCliConfig.DefaultPath(_environment) + (_cliConfig.Value == null ? " (not found)" : string.Empty);
            string ini = _iniFile.Value?.Path ?? string.Join(" or ", IniCredentialsFile.DefaultPaths(_environment)) + " (not found)";
            return new MmsConfigurationException(MmsErrorIds.ProfileNotFound,
                subject + " is neither a profile of " + cli + " nor a section of " + ini + ". Create it with 'aliyun configure --profile " + name + "'.");
        }

        /// <summary>What to type next, in the order a new user most likely wants it.</summary>
        private static readonly string NoCredentialsNextStep =
            "Next: Connect-Mms -Region cn-hangzhou -Credential (Get-Credential) (user: AccessKey ID, password: secret), or 'aliyun configure', " +
            "or set " + EnvironmentVariables.AccessKeyId + " and " + EnvironmentVariables.AccessKeySecret + ".";

        private string NoCredentialsMessage()
        {
            string cliState = IsTrue(EnvironmentVariables.CliProfileDisabled) ? " (disabled by " + EnvironmentVariables.CliProfileDisabled + ")"
                : _cliConfig.Value == null ? " (file not found)" : " (no current profile)";
            string iniState = _iniFile.Value == null ? " (file not found)" : " (no [" + DefaultIniSection + "] section)";
            var looked = new List<string>
            {
                "-Credential",
                "-ProfileName",
                EnvironmentVariables.AccessKeyId,
                EnvironmentVariables.OidcTokenFile + " (OIDC)",
                AliyunCliConfig.DefaultPath(_environment) + cliState,
                (_iniFile.Value?.Path ?? string.Join(" or ", IniCredentialsFile.DefaultPaths(_environment))) + iniState,
                EnvironmentVariables.EcsMetadata,
                EnvironmentVariables.CredentialsUri,
            };
            return "No Alibaba Cloud credentials found. Looked at: " + string.Join(", ", looked) + ".";
        }
    }
}
