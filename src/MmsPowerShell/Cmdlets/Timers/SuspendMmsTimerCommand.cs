using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
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

        private protected override string ActionName => "Stop (Stopped -> true)";

        private protected override bool ReadBack => PassThru;

        private protected override Task<long> SendAsync(MmsTimerReference timer, CancellationToken token) =>
            Client.UpdateTimerAsync(timer.SourceId, timer.TimerId, null, null, true, token);
    }
}
