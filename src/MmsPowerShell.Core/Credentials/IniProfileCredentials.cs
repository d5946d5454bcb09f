using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Turns a section of the INI credentials file into credentials, by its type.</summary>
    /// <remarks>
    /// 'enable' is not read: Go and Python ignore it, Java drops sections without enable = true, .NET reads it as a
    /// VPC switch. Ignoring it uses every section the user wrote, whichever library the file was written for.
    /// </remarks>
    public sealed class IniProfileCredentials
    {
        private const string SupportedTypes = "access_key, ecs_ram_role, ram_role_arn, oidc_role_arn";
        private readonly IniCredentialsFile _file;
        private readonly ICredentialProviderFactory _providers;

        public IniProfileCredentials(IniCredentialsFile file, ICredentialProviderFactory providers)
        {
            _file = file;
            _providers = providers;
        }

        public MmsCredentials Resolve(string section)
        {
            string where = "section [" + section + "] of " + _file.Path;
            string type = Require(section, where, "type");
            switch (type)
            {
                case "access_key":
                    return new MmsCredentials(Require(section, where, "access_key_id"), Require(section, where, "access_key_secret"), null, where);
                case "ecs_ram_role":
                    // The official libraries can discover the role from the metadata service; asking it here would stall every call off ECS.
                    return _providers.FromEcsRamRole(Require(section, where, "role_name").Trim());
                case "ram_role_arn":
                    var key = new MmsCredentials(Require(section, where, "access_key_id"), Require(section, where, "access_key_secret"), null, where);
                    return _providers.FromRamRoleArn(key, Role(section, where));
                case "oidc_role_arn":
                    return _providers.FromOidcRole(new OidcRoleSettings(Role(section, where),
                        Require(section, where, "oidc_provider_arn"), Require(section, where, "oidc_token_file_path")));
                default:
                    throw new MmsConfigurationException(MmsErrorIds.ProfileModeNotSupported,
                        "The " + where + " has type '" + type + "', which MmsPowerShell does not support. Supported types: " + SupportedTypes + ".");
            }
        }

        private RoleSettings Role(string section, string where) =>
            new RoleSettings(Require(section, where, "role_arn"), _file.Get(section, "role_session_name"), 0, _file.Get(section, "sts_region"),
                policy: _file.Get(section, "policy"), externalId: _file.Get(section, "external_id"));

        private string Require(string section, string where, string key) =>
            _file.Get(section, key) ?? throw new MmsConfigurationException(MmsErrorIds.ProfileIncomplete, "The " + where + " has no " + key + ".");
    }
}
