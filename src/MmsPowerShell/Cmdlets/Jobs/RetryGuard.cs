using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.History;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Keeps Restart-MmsJob and Restart-MmsTask from migrating a table twice by accident: failed work whose tables a
    /// later job has migrated since is refused with an error that names that job, unless -Force. It reads the job or
    /// task and one task listing of its source database (shared by the whole call); anything not failed passes
    /// unread further, for the service to judge.
    /// </summary>
    internal sealed class RetryGuard
    {
        private const string ForceAdvice = "Nothing was sent. Leave it (Remove-MmsJob removes the old job), or retry it anyway with -Force.";

        private readonly MmsApiClient _client;
        private readonly MigrationHistoryCache _history;

        public RetryGuard(MmsApiClient client)
        {
            _client = client;
            _history = new MigrationHistoryCache(client);
        }

        public async Task<ErrorRecord?> CheckJobAsync(long sourceId, long jobId, MmsJobReference target, CancellationToken token)
        {
            MmsJob job = await _client.GetJobAsync(sourceId, jobId, token).ConfigureAwait(false);
            if (job.Status != MmsJobStatus.Failed || string.IsNullOrEmpty(job.SrcDbName))
            {
                return null;
            }
            (await _history.GetAsync(sourceId, job.SrcDbName!, token).ConfigureAwait(false)).Annotate(job);
            if (!job.IsSuperseded)
            {
                return null;
            }
            string moved = string.Join("; ", job.SupersededBy.Select(s => Moved(job.SrcDbName, s)));
            return ErrorRecords.Create(MmsErrorIds.Superseded,
                job + " is superseded, so it was not retried: " + moved + ". Retrying it would migrate " +
                (job.SupersededBy.Count == 1 ? "that table" : "those tables") + " again.", target, ForceAdvice);
        }

        public async Task<ErrorRecord?> CheckTaskAsync(long sourceId, long taskId, MmsTaskReference target, CancellationToken token)
        {
            MmsTask task = await _client.GetTaskAsync(sourceId, taskId, token).ConfigureAwait(false);
            if (!MmsTaskStatus.IsFailed(task.Status) || string.IsNullOrEmpty(task.SrcDbName))
            {
                return null;
            }
            MmsTask? later = (await _history.GetAsync(sourceId, task.SrcDbName!, token).ConfigureAwait(false)).MigratedSince(task);
            if (later == null)
            {
                return null;
            }
            return ErrorRecords.Create(MmsErrorIds.Superseded,
                task + " is superseded, so it was not retried: " + Moved(task.SrcDbName, new MmsSupersession(task, later)) +
                ". Retrying it would migrate that table again.", target, ForceAdvice.Replace("Remove-MmsJob removes the old job", "its job stays as it is"));
        }

        private static string Moved(string? dbName, MmsSupersession s) =>
            "table " + dbName + "." + s.TableName + " was migrated since by job " + s.JobId + " '" + s.JobName + "'" +
            (string.IsNullOrEmpty(s.DestinationProject) ? string.Empty : " into " + s.DestinationProject) + " (task " + s.TaskId + ")";
    }
}
