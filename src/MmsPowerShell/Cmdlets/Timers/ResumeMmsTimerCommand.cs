using System.Management.Automation;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Resumes a stopped timer, so it starts jobs on its schedule again (UpdateMmsTimer with stopped = false).</summary>
    [Cmdlet(VerbsLifecycle.Resume, "MmsTimer", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTimer))]
    public sealed class ResumeMmsTimerCommand : MmsTimerCmdlet
    {
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private protected override void ProcessTimers() => Update(null, null, false, "Resume (Stopped -> false)", PassThru);
    }
}
