namespace MmsPowerShell.Core.Credentials
{
    /// <summary>A role assumed with an OIDC token (RRSA on ACK): the role, the identity provider and the file holding the token.</summary>
    public sealed class OidcRoleSettings
    {
        public OidcRoleSettings(RoleSettings role, string providerArn, string tokenFile)
        {
            Role = role;
            ProviderArn = providerArn.Trim();
            TokenFile = tokenFile.Trim();
        }

        public RoleSettings Role { get; }

        public string ProviderArn { get; }

        /// <summary>Read again on every renewal: the token in it is rotated by the platform.</summary>
        public string TokenFile { get; }

        internal string CacheKey => Role.CacheKey + "|" + ProviderArn + "|" + TokenFile;
    }
}
