using MmsPowerShell.Session;

namespace MmsPowerShell.Commands
{
    /// <summary>Forgets the Connect-Mms context of this runspace (and the credentials it holds).</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Mms", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    public sealed class DisconnectMmsCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            MmsContext? context = MmsSession.Current;
            if (context != null && this.ShouldChange(context.ResolvedEndpoint.ToString(), "Forget the MMS connection of this session"))
            {
                MmsSession.Clear();
            }
        }
    }
}
