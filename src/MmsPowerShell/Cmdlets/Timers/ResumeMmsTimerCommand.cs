using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Resumes a stopped timer, so it starts jobs on its schedule again (UpdateMmsTimer with stopped = false).</summary>
    [Cmdlet(VerbsLifecycle.Resume, "MmsTimer", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTimer))]
    public sealed class ResumeMmsTimerCommand : MmsTimerStateCmdlet
    {
        private protected override string ActionName => "Resume (Stopped -> false)";

        private protected override bool Stopped => false;
    }
}
