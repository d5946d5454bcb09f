using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
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

        private protected override string ActionName => "Resume (Stopped -> false)";

        private protected override bool ReadBack => PassThru;

        private protected override Task<long> SendAsync(MmsTimerReference timer, CancellationToken token) =>
            Client.UpdateTimerAsync(timer.SourceId, timer.TimerId, null, null, false, token);
    }
}
