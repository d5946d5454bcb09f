using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Stops a timer, so it no longer starts jobs on its schedule (UpdateMmsTimer with stopped = true).</summary>
    [Cmdlet(VerbsLifecycle.Suspend, "MmsTimer", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTimer))]
    public sealed class SuspendMmsTimerCommand : MmsTimerStateCmdlet
    {
        private protected override string ActionName => "Stop (Stopped -> true)";

        private protected override bool Stopped => true;
    }
}
