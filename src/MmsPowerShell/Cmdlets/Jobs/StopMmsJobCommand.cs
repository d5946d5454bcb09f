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

        private protected override Task<long> SendAsync(MmsJobReference job, CancellationToken token) => Client.StopJobAsync(job.SourceId, job.JobId, token);

        private protected override Task<MmsJob> ReadBackAsync(MmsJobReference job, CancellationToken token) =>
            Client.GetStoppingJobAsync(job.SourceId, job.JobId, token);
    }
}
