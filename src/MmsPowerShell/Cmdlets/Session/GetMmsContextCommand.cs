using MmsPowerShell.Session;

namespace MmsPowerShell.Commands
{
    /// <summary>Shows the connection Connect-Mms stated for this runspace, without secrets.</summary>
    [Cmdlet(VerbsCommon.Get, "MmsContext")]
    [OutputType(typeof(MmsContext))]
    public sealed class GetMmsContextCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            MmsContext? context = MmsSession.Current;
            if (context != null)
            {
                WriteObject(context);
            }
        }
    }
}
