using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.History
{
    /// <summary>
    /// Why a task or job failed, in one line: the message of the task's last log entry (ListMmsTaskLogs). One request
    /// per task, so the cmdlets read it only when asked or when they list failed work.
    /// </summary>
    public static class FailureReasons
    {
        /// <summary>Sets the task's LastMessage from its last log entry; null when it has none.</summary>
        public static async Task<MmsTask> FillAsync(MmsApiClient client, MmsTask task, CancellationToken cancellationToken)
        {
            task.LastMessage = await LastMessageAsync(client, task.SourceId, task.TaskId, cancellationToken).ConfigureAwait(false);
            return task;
        }

        /// <summary>
        /// Sets the job's LastMessage from the last log entry of its latest failed task (as the history lists the
        /// job's tasks); null for a job without a failed task.
        /// </summary>
        public static async Task<MmsJob> FillAsync(MmsApiClient client, MmsJob job, MigrationHistory history, CancellationToken cancellationToken)
        {
            MmsTask? failed = history.FailedTasks(job).OrderByDescending(t => t.TaskId).FirstOrDefault();
            job.LastMessage = failed == null ? null : await LastMessageAsync(client, job.SourceId, failed.TaskId, cancellationToken).ConfigureAwait(false);
            return job;
        }

        private static async Task<string?> LastMessageAsync(MmsApiClient client, long sourceId, long taskId, CancellationToken cancellationToken)
        {
            MmsTaskLog[] logs = await client.ListTaskLogsAsync(sourceId, taskId, cancellationToken).ConfigureAwait(false);
            return logs.OrderBy(l => l.LogId).LastOrDefault(l => !string.IsNullOrEmpty(l.Message))?.Message;
        }
    }
}
