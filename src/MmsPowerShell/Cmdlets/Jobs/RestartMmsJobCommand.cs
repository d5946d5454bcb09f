using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Runs the failed tasks of migration jobs again (RetryMmsJob). A FAILED job whose failed tables later jobs have
    /// migrated since (Get-MmsJob shows it SUPERSEDED) is not retried: an MmsSuperseded error names the later jobs,
    /// unless -Force.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Restart, "MmsJob", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsJob))]
    public sealed class RestartMmsJobCommand : MmsJobActionCmdlet
    {
        private RetryGuard? _guard;

        /// <summary>Retries a superseded job too, migrating its tables again.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        private protected override string ActionName => "Retry the failed tasks of migration job";

        private protected override Task<long> SendAsync(MmsJobReference job, CancellationToken token) => Client.RetryJobAsync(job.SourceId, job.JobId, token);

        private protected override Task<ErrorRecord?> RefusalAsync(MmsJobReference job, CancellationToken token) =>
            Force ? Task.FromResult<ErrorRecord?>(null) : (_guard ?? (_guard = new RetryGuard(Client))).CheckJobAsync(job.SourceId, job.JobId, job, token);
    }
}
