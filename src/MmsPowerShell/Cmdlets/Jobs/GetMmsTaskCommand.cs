using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.History;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets migration tasks by id (GetMmsTask), or lists them (ListMmsTasks): all of a source, those of a job, or those of a table.</summary>
    [Cmdlet(VerbsCommon.Get, "MmsTask", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsTask))]
    public sealed class GetMmsTaskCommand : MmsSourceGetCmdlet
    {
        private const string JobSet = "Job";
        private const string TableSet = "Table";

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public long[] TaskId { get; set; } = new long[0];

        /// <summary>Lists only the tasks of this job.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [WholeId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public long JobId { get; set; }

        /// <summary>Jobs whose tasks to list, from Get-MmsJob.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = JobSet)]
        [ValidateNotNull]
        public MmsJob[] Job { get; set; } = new MmsJob[0];

        /// <summary>Tables whose tasks to list (ListMmsTasks by srcDbName and srcTableName), from Get-MmsTable.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TableSet)]
        [ValidateNotNull]
        public MmsTable[] Table { get; set; } = new MmsTable[0];

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = JobSet)]
        [Parameter(ParameterSetName = TableSet)]
        [SupportsWildcards]
        [ValidateStatus(StatusKind.Task)]
        [ArgumentCompleter(typeof(StatusCompleter))]
        public string[]? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = JobSet)]
        [Parameter(ParameterSetName = TableSet)]
        [ValidateSet("Status", "StartTime", IgnoreCase = true)]
        public string? SortBy { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = JobSet)]
        [Parameter(ParameterSetName = TableSet)]
        public SwitchParameter Descending { get; set; }

        /// <summary>
        /// Reads each task's last log line into LastMessage (one ListMmsTaskLogs per task). Listings of failed states
        /// only (-Status *FAILED) do it without being asked.
        /// </summary>
        [Parameter]
        public SwitchParameter IncludeLastMessage { get; set; }

        private protected override void GetByIds() =>
            GetById(nameof(TaskId), TaskId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTaskReference(SourceId, id),
                async (target, token) =>
                {
                    MmsTask task = await Client.GetTaskAsync(target.SourceId, target.TaskId, token).ConfigureAwait(false);
                    return IncludeLastMessage ? await FailureReasons.FillAsync(Client, task, token).ConfigureAwait(false) : task;
                });

        private protected override void ListInput()
        {
            switch (ParameterSetName)
            {
                case JobSet:
                    foreach (MmsJob job in Job)
                    {
                        List(job.SourceId, job.JobId, null, new MmsJobReference(job.SourceId, job.JobId));
                    }
                    break;
                case TableSet:
                    foreach (MmsTable table in Table)
                    {
                        List(table.SourceId, null, table, new MmsTableReference(table.SourceId, table.TableId));
                    }
                    break;
                default:
                    long? jobId = BoundValue(nameof(JobId), JobId);
                    List(SourceId, jobId, null, jobId.HasValue ? new MmsJobReference(SourceId, jobId.Value) : (MmsReference)new MmsSourceReference(SourceId));
                    break;
            }
        }

        /// <summary>
        /// The tasks of a source, a job or a table (srcDbName and srcTableName). ListMmsTasks takes one status: several
        /// states are one listing each, in the set's order.
        /// </summary>
        private void List(long sourceId, long? jobId, MmsTable? table, MmsReference target)
        {
            IReadOnlyList<string> statuses = StatusSets.Expand(Status, StatusKind.Task);
            bool withMessage = IncludeLastMessage || (statuses.Count > 0 && statuses.All(MmsTaskStatus.IsFailed));
            long total = 0;
            foreach (string? status in statuses.Count == 0 ? new string?[] { null } : statuses.ToArray())
            {
                var query = new MmsTaskQuery
                {
                    JobId = jobId,
                    Status = status,
                    DbName = table?.DbName,
                    TableName = table?.Name,
                    SortBy = SortBy == null ? null : SortBy.Equals("Status", StringComparison.OrdinalIgnoreCase) ? "status" : "startTime",
                    Descending = Descending,
                };
                long? listed = WriteList(
                    (pageNum, pageSize, token) => Client.ListTasksAsync(sourceId, query, pageNum, pageSize, token),
                    task => task.TaskId,
                    target,
                    reportTotal: ReportTotal && statuses.Count <= 1,
                    complete: withMessage ? FillLastMessage : (Action<MmsTask>?)null);
                if (listed == null)
                {
                    return;
                }
                total += listed.Value;
            }
            if (total == 0 && jobId.HasValue)
            {
                ReportMissingJob(sourceId, jobId.Value, target);
            }
        }

        /// <summary>A log that cannot be read is an error for that task; the task itself is still written.</summary>
        private void FillLastMessage(MmsTask task)
        {
            try
            {
                AwaitOnPipeline(token => FailureReasons.FillAsync(Client, task, token));
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, new MmsTaskReference(task.SourceId, task.TaskId)));
            }
        }

        /// <summary>
        /// The service lists no tasks for a job that does not exist, as for one that has none: an empty listing of a
        /// job is checked, so "no such job" (deleted, or a wrong id) is an error and not silence.
        /// </summary>
        private void ReportMissingJob(long sourceId, long jobId, MmsReference target)
        {
            try
            {
                AwaitOnPipeline(token => Client.GetJobAsync(sourceId, jobId, token));
            }
            catch (MmsApiException e) when (e.Kind == MmsErrorKind.NotFound)
            {
                WriteError(ErrorRecords.FromApiError(e, target));
            }
            catch (MmsApiException)
            {
                // The listing itself was answered; a failed check says nothing about it, so it adds no error.
            }
        }
    }
}
