using System.Security;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Session;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The connection parameters every MMS cmdlet takes, and resolving them: this call's parameters, then the
    /// runspace's Connect-Mms context, then the environment and the aliyun CLI profile.
    /// </summary>
    public abstract class MmsConnectionCmdlet : PSCmdlet
    {
        /// <summary>Region id, e.g. cn-hangzhou; the endpoint is https://maxcompute.&lt;region&gt;.aliyuncs.com.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        /// <summary>Endpoint URI; overrides -Region, as a Connect-Mms endpoint does. http:// is accepted only for loopback hosts.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Endpoint { get; set; }

        /// <summary>A profile of the aliyun CLI file ~/.aliyun/config.json.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string? ProfileName { get; set; }

        /// <summary>AccessKey ID as the user name and the AccessKey secret as the password.</summary>
        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        /// <summary>The STS token that goes with a temporary -Credential; a SecureString (plain text is converted on binding).</summary>
        [Parameter]
        [ValidateNotNull]
        [SecureStringTransformation]
        public SecureString? SecurityToken { get; set; }

        /// <summary>An HTTP proxy for the requests; without it, HTTPS_PROXY/NO_PROXY from the environment apply.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        /// <summary>This call's parameters, then the Connect-Mms context, then the environment and CLI profile.</summary>
        protected MmsConnection ResolveConnection(MmsContext? context)
        {
            try
            {
                ConnectionOptions options = ConnectionDefaults.Merge(Region, Endpoint, ProfileName, ExplicitCredentials(), context, out string? unusedRegion);
                if (unusedRegion != null)
                {
                    WriteWarning("-Region " + unusedRegion + " is not used: this session's Connect-Mms endpoint " + context!.Endpoint +
                                 " wins over a region (a region may come from $PSDefaultParameterValues). Pass -Endpoint to go elsewhere for one call, " +
                                 "or Connect-Mms -Region " + unusedRegion + " to change the session.");
                }
                MmsConnection connection = new ConnectionResolver(ProcessEnvironment.Instance).Resolve(options);
                foreach (string warning in connection.Warnings)
                {
                    WriteWarning(warning);
                }
                return connection;
            }
            catch (MmsConfigurationException e)
            {
                ThrowTerminatingError(ErrorRecords.FromConfigurationError(e));
                throw; // not reached: ThrowTerminatingError always throws
            }
        }

        protected MmsCredentials? ExplicitCredentials()
        {
            if (Credential == null)
            {
                if (SecurityToken != null)
                {
                    ThrowTerminatingError(ErrorRecords.FromConfigurationError(new MmsConfigurationException(
                        MmsErrorIds.SecurityTokenWithoutCredential, "-SecurityToken goes with -Credential (the temporary AccessKey pair it belongs to).")));
                }
                return null;
            }
            string secret = Credential.GetNetworkCredential().Password;
            if (string.IsNullOrEmpty(Credential.UserName) || string.IsNullOrEmpty(secret))
            {
                ThrowTerminatingError(ErrorRecords.FromConfigurationError(new MmsConfigurationException(
                    MmsErrorIds.CredentialsIncomplete, "-Credential needs the AccessKey ID as user name and the AccessKey secret as password.")));
            }
            string? token = SecureStringTransformationAttribute.Reveal(SecurityToken);
            return new MmsCredentials(Credential.UserName, secret, string.IsNullOrEmpty(token) ? null : token, "-Credential");
        }

    }
}
