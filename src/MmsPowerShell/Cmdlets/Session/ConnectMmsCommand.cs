using MmsPowerShell.Core.Connection;
using MmsPowerShell.Session;

namespace MmsPowerShell.Commands
{
    /// <summary>States the connection once for this runspace; later MMS cmdlets use it when their own
    /// connection parameters are absent.</summary>
    [Cmdlet(VerbsCommunications.Connect, "Mms", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MmsContext))]
    public sealed class ConnectMmsCommand : MmsConnectionCmdlet
    {
        protected override void EndProcessing()
        {
            // Resolved now, without the previous context, so a bad profile or endpoint fails here rather than at the first call.
            MmsConnection resolved = ResolveConnection(null);
            var context = new MmsContext(Region, Endpoint, ProfileName, ExplicitCredentials(), Proxy, resolved.Endpoint, resolved.Credentials.Source,
                resolved.Credentials.AccessKeyId);
            if (this.ShouldChange(resolved.Endpoint.ToString(), "Use for MMS cmdlets in this session (credentials from " + context.CredentialSource + ")"))
            {
                MmsSession.Set(context);
                WriteObject(context);
            }
        }
    }
}
