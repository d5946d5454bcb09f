using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Stops migration jobs (StopMmsJob). A running job stops at its next step: -PassThru writes it with State STOPPING
    /// (StopRequested) until then; Get-MmsJob shows STOPPED once it has.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "MmsJob", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsJob))]
    public sealed class StopMmsJobCommand : MmsJobActionCmdlet
    {
        private protected override string ActionName => "Stop migration job";

        private protected override Task<long> SendAsync(long sourceId, long jobId, CancellationToken token) => Client.StopJobAsync(sourceId, jobId, token);

        private protected override Task<MmsJob> ReadBackAsync(long sourceId, long jobId, CancellationToken token) => Client.GetStoppingJobAsync(sourceId, jobId, token);
    }
}
