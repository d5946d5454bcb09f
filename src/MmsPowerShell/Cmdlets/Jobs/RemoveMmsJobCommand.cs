using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Deletes migration jobs and their tasks (DeleteMmsJob, a POST on the job's URL).</summary>
    [Cmdlet(VerbsCommon.Remove, "MmsJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(MmsJob))]
    public sealed class RemoveMmsJobCommand : MmsJobActionCmdlet
    {
        private protected override string ActionName => "Delete migration job and its tasks";

        /// <summary>A deleted job cannot be read afterwards, so -PassThru writes it as read just before the delete.</summary>
        private protected override async Task<MmsJob?> ChangeAsync(MmsJobReference job, CancellationToken token)
        {
            MmsJob? before = PassThru ? await ReadBackAsync(job, token).ConfigureAwait(false) : null;
            await SendAsync(job, token).ConfigureAwait(false);
            return before;
        }

        private protected override Task<long> SendAsync(MmsJobReference job, CancellationToken token) => Client.DeleteJobAsync(job.SourceId, job.JobId, token);
    }
}
