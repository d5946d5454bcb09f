using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Runs the failed tasks of migration jobs again (RetryMmsJob).</summary>
    [Cmdlet(VerbsLifecycle.Restart, "MmsJob", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsJob))]
    public sealed class RestartMmsJobCommand : MmsJobActionCmdlet
    {
        private protected override string ActionName => "Retry the failed tasks of migration job";

        private protected override Task<long> SendAsync(long sourceId, long jobId, CancellationToken token) => Client.RetryJobAsync(sourceId, jobId, token);
    }
}
