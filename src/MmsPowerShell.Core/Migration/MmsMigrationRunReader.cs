using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// A run as the service has it (the truth): its jobs found by name (&lt;Name&gt;-&lt;database&gt;-&lt;NNN&gt;), their
    /// tasks, the tables that failed with the last log line of their failed task, and the bytes from the tables' sizes.
    /// Invoke-MmsMigration ends with it; Export-MmsMigrationReport builds a report from it without a ledger.
    /// </summary>
    public static class MmsMigrationRunReader
    {
        /// <summary>Requests in flight at once while reading tasks and logs.</summary>
        private const int Parallel = 8;

        /// <summary>The run <paramref name="name"/> of source <paramref name="sourceId"/>, read from the service alone.</summary>
        public static async Task<MmsMigrationRun> ReadAsync(MmsApiClient client, long sourceId, string name, CancellationToken token)
        {
            List<MmsJob> jobs = await ReadJobsAsync(client, sourceId, name, token).ConfigureAwait(false);
            return await FromJobsAsync(client, sourceId, name, jobs, token).ConfigureAwait(false);
        }

        /// <summary>A run made of these jobs of the service: their tables' bytes, their tasks, failed tables and counters.</summary>
        internal static async Task<MmsMigrationRun> FromJobsAsync(MmsApiClient client, long sourceId, string name, IReadOnlyList<MmsJob> jobs, CancellationToken token)
        {
            var run = new MmsMigrationRun
            {
                Name = name,
                SourceId = sourceId,
                Jobs = new MmsList<MmsMigrationRunJob>(jobs.OrderBy(j => j.SrcDbName, StringComparer.Ordinal).ThenBy(j => j.Name, StringComparer.Ordinal)
                    .Select(ToRunJob)),
                StartTime = jobs.Count == 0 ? (DateTimeOffset?)null : jobs.Min(j => Offset(j.CreateTime)),
            };
            var sizes = await ReadSizesAsync(client, sourceId, run.Jobs.Select(j => j.DbName).Distinct(StringComparer.Ordinal), token).ConfigureAwait(false);
            foreach (MmsMigrationRunJob job in run.Jobs)
            {
                job.Bytes = job.Tables.Sum(t => sizes.TryGetValue((job.DbName, t), out long size) ? size : 0);
            }
            await CompleteAsync(client, run, (db, table) => sizes.TryGetValue((db, table), out long size) ? size : 0, token).ConfigureAwait(false);
            return run;
        }

        /// <summary>The run's jobs in the service: ListMmsJobs by the name prefix, page by page, kept only when the name is exactly the run's.</summary>
        public static async Task<List<MmsJob>> ReadJobsAsync(MmsApiClient client, long sourceId, string name, CancellationToken token)
        {
            var query = new MmsJobQuery { NamePrefix = MigrationJobNames.Prefix(name) };
            List<MmsJob> listed = await PagedReader.ReadAllAsync((page, size, t) => client.ListJobsAsync(sourceId, query, page, size, t), j => j.JobId, Parallel, token)
                .ConfigureAwait(false);
            // The service's filter is a prefix match at best: the exact form is checked here.
            return listed.Where(j => MigrationJobNames.NumberOf(name, j.SrcDbName, j.Name) > 0).ToList();
        }

        /// <summary>A job of the service as a job of the run (attempts are filled in from its tasks by <see cref="CompleteAsync"/>).</summary>
        public static MmsMigrationRunJob ToRunJob(MmsJob job) => new MmsMigrationRunJob
        {
            JobId = job.JobId,
            Name = job.Name ?? string.Empty,
            DbName = job.SrcDbName ?? string.Empty,
            DestinationProject = job.DstDbName ?? string.Empty,
            Tables = new MmsList<string>(job.Config.Tables),
            Status = job.Status ?? string.Empty,
            Attempts = MmsJobStatus.Init.Equals(job.Status, StringComparison.OrdinalIgnoreCase) ? 0 : 1,
            TaskNum = job.TaskNum,
            TaskDone = job.TaskDone,
        };

        /// <summary>
        /// Fills in what only the tasks tell: attempts (1 + the most retries of a task), start and end times, tables done
        /// and failed, bytes done, the failed tables with the last log line of each failed task, the counters and the state.
        /// </summary>
        internal static async Task CompleteAsync(MmsApiClient client, MmsMigrationRun run, Func<string, string, long> sizeOf, CancellationToken token)
        {
            var existing = run.Jobs.Where(MigrationJobStatus.Exists).ToList();
            var tasksByJob = await ForEachAsync(existing, job => ReadTasksAsync(client, run.SourceId, job.JobId, token), token).ConfigureAwait(false);
            var failed = new List<MmsMigrationFailedTable>();
            int tablesDone = 0;
            long bytesDone = 0;
            for (int i = 0; i < existing.Count; i++)
            {
                MmsMigrationRunJob job = existing[i];
                List<MmsTask> tasks = tasksByJob[i];
                if (tasks.Count > 0)
                {
                    bool started = tasks.Any(t => t.StartTime.HasValue) || !MmsJobStatus.Init.Equals(job.Status, StringComparison.OrdinalIgnoreCase);
                    job.Attempts = Math.Max(job.Attempts, started ? 1 + tasks.Max(t => t.RetriedTimes) : 0);
                    job.StartTime = job.StartTime ?? Earliest(tasks.Select(t => t.StartTime));
                    if (MmsJobStatus.IsFinished(job.Status))
                    {
                        job.EndTime = job.EndTime ?? Latest(tasks.Select(t => t.EndTime));
                    }
                }
                foreach (MmsTask task in tasks)
                {
                    if (MmsTaskStatus.Done.Equals(task.Status, StringComparison.OrdinalIgnoreCase))
                    {
                        tablesDone++;
                        bytesDone += sizeOf(job.DbName, task.SrcTableName ?? string.Empty);
                    }
                    else if (IsFailed(task.Status))
                    {
                        failed.Add(new MmsMigrationFailedTable
                        {
                            SourceId = run.SourceId,
                            DbName = task.SrcDbName ?? job.DbName,
                            TableName = task.SrcTableName ?? string.Empty,
                            JobId = job.JobId,
                            TaskId = task.TaskId,
                            Status = task.Status ?? string.Empty,
                        });
                    }
                }
            }
            string?[] messages = await ForEachAsync(failed, table => LastLogLineAsync(client, run.SourceId, table.TaskId, token), token).ConfigureAwait(false);
            for (int i = 0; i < failed.Count; i++)
            {
                failed[i].Message = messages[i];
            }
            run.FailedTables = new MmsList<MmsMigrationFailedTable>(failed);
            run.TablesPlanned = run.Jobs.Sum(j => j.Tables.Count);
            run.BytesPlanned = run.Jobs.Sum(j => j.Bytes);
            run.TablesDone = tablesDone;
            run.TablesFailed = failed.Count + run.Jobs.Where(j => MigrationJobStatus.Is(j.Status, MigrationJobStatus.NotCreated)).Sum(j => j.Tables.Count);
            run.BytesDone = bytesDone;
            run.State = StateOf(run.Jobs);
        }

        /// <summary>Done when every job is DONE; Failed when none runs or waits and some did not end DONE; Running otherwise.</summary>
        internal static string StateOf(IEnumerable<MmsMigrationRunJob> jobs)
        {
            bool allDone = true;
            foreach (MmsMigrationRunJob job in jobs)
            {
                if (MigrationJobStatus.Is(job.Status, MmsJobStatus.Done))
                {
                    continue;
                }
                allDone = false;
                if (!MigrationJobStatus.Is(job.Status, MmsJobStatus.Failed) && !MigrationJobStatus.Is(job.Status, MigrationJobStatus.NotCreated))
                {
                    return MmsMigrationRunState.Running;
                }
            }
            return allDone ? MmsMigrationRunState.Done : MmsMigrationRunState.Failed;
        }

        internal static bool IsFailed(string? taskStatus) => taskStatus != null && taskStatus.EndsWith("FAILED", StringComparison.OrdinalIgnoreCase);

        internal static Task<List<MmsTask>> ReadTasksAsync(MmsApiClient client, long sourceId, long jobId, CancellationToken token)
        {
            var query = new MmsTaskQuery { JobId = jobId };
            return PagedReader.ReadAllAsync((page, size, t) => client.ListTasksAsync(sourceId, query, page, size, t), t => t.TaskId, 1, token);
        }

        private static async Task<string?> LastLogLineAsync(MmsApiClient client, long sourceId, long taskId, CancellationToken token)
        {
            MmsTaskLog[] logs = await client.ListTaskLogsAsync(sourceId, taskId, token).ConfigureAwait(false);
            // Already sanitized by the mapper, like every text of an answer.
            return logs.Length == 0 ? null : logs[logs.Length - 1].Message;
        }

        private static async Task<Dictionary<(string Db, string Table), long>> ReadSizesAsync(MmsApiClient client, long sourceId, IEnumerable<string> databases,
            CancellationToken token)
        {
            var sizes = new Dictionary<(string, string), long>();
            foreach (string db in databases)
            {
                var query = new MmsTableQuery { DbName = db };
                List<MmsTable> tables = await PagedReader.ReadAllAsync((page, size, t) => client.ListTablesAsync(sourceId, query, page, size, t), t => t.TableId,
                    Parallel, token).ConfigureAwait(false);
                foreach (MmsTable table in tables)
                {
                    sizes[(db, table.Name ?? string.Empty)] = Math.Max(0, table.Size ?? 0);
                }
            }
            return sizes;
        }

        private static async Task<TResult[]> ForEachAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> call, CancellationToken token)
        {
            using (var gate = new SemaphoreSlim(Parallel))
            {
                return await Task.WhenAll(items.Select(async item =>
                {
                    await gate.WaitAsync(token).ConfigureAwait(false);
                    try
                    {
                        return await call(item).ConfigureAwait(false);
                    }
                    finally
                    {
                        gate.Release();
                    }
                })).ConfigureAwait(false);
            }
        }

        private static DateTimeOffset? Earliest(IEnumerable<DateTime?> times) => times.Where(t => t.HasValue).Select(t => Offset(t)).Min();

        private static DateTimeOffset? Latest(IEnumerable<DateTime?> times) => times.Where(t => t.HasValue).Select(t => Offset(t)).Max();

        /// <summary>The service sends local times without a zone; they are read as this machine's local time.</summary>
        private static DateTimeOffset? Offset(DateTime? time) => time.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(time.Value, DateTimeKind.Local)) : (DateTimeOffset?)null;
    }
}
