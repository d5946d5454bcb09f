namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Where the resolver gets temporary credentials from; replaceable in tests.</summary>
    public interface ICredentialProviderFactory
    {
        MmsCredentials FromEcsRamRole(string roleName);

        MmsCredentials FromRamRoleArn(MmsCredentials source, RoleSettings role);

        MmsCredentials FromOidcRole(OidcRoleSettings settings);

        MmsCredentials FromCredentialsUri(Uri uri);
    }
}
