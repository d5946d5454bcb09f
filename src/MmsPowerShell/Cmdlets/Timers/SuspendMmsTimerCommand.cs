using System.Management.Automation;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Stops a timer, so it no longer starts jobs on its schedule (UpdateMmsTimer with stopped = true).</summary>
    [Cmdlet(VerbsLifecycle.Suspend, "MmsTimer", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTimer))]
    public sealed class SuspendMmsTimerCommand : MmsTimerCmdlet
    {
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private protected override void ProcessTimers() => Update(null, null, true, "Stop (Stopped -> true)", PassThru);
    }
}
