using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Starts migration jobs (StartMmsJob): an INIT job begins, a stopped one resumes.</summary>
    [Cmdlet(VerbsLifecycle.Start, "MmsJob", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsJob))]
    public sealed class StartMmsJobCommand : MmsJobActionCmdlet
    {
        private protected override string ActionName => "Start migration job";

        private protected override Task<long> SendAsync(MmsJobReference job, CancellationToken token) => Client.StartJobAsync(job.SourceId, job.JobId, token);
    }
}
