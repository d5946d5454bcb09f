using MmsPowerShell.Completion;
using MmsPowerShell.Core.History;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets migration jobs by id (GetMmsJob), or lists the jobs of a data source (ListMmsJobs).</summary>
    /// <remarks>
    /// A FAILED job gets SupersededBy from one ListMmsTasks listing of its source database (shared by every failed job
    /// of that database in the call); other jobs cost nothing extra.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "MmsJob", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsJob))]
    public sealed class GetMmsJobCommand : MmsSourceListingCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] JobId { get; set; } = new long[0];

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [SupportsWildcards]
        [ValidateStatus(StatusKind.Job)]
        [ArgumentCompleter(typeof(StatusCompleter))]
        public string[]? Status { get; set; }

        /// <summary>The source database (srcDbName).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string? DbName { get; set; }

        /// <summary>Only stopped jobs; -Stopped:$false only jobs that are not stopped.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        public SwitchParameter Stopped { get; set; }

        /// <summary>Only the jobs a timer started (ListMmsJobs timerId).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [WholeId]
        [ArgumentCompleter(typeof(TimerIdCompleter))]
        public long TimerId { get; set; }

        /// <summary>Sort on the service; ListMmsJobs sorts by status only.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [ValidateSet("Status", IgnoreCase = true)]
        public string? SortBy { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        public SwitchParameter Descending { get; set; }

        /// <summary>
        /// Reads why each FAILED job failed into LastMessage: its latest failed task's last log line (one
        /// ListMmsTaskLogs per failed job). -Status FAILED alone does it without being asked.
        /// </summary>
        [Parameter]
        public SwitchParameter IncludeLastMessage { get; set; }

        private protected override void GetByIds() =>
            GetById(nameof(JobId), JobId, InputIdsAttribute.TakeRejectedValue(), id => new MmsJobReference(SourceId, id),
                async (job, token) => await WithSupersessionAsync(await Client.GetJobAsync(job.SourceId, job.JobId, token).ConfigureAwait(false), token)
                    .ConfigureAwait(false));

        private DatabaseHistories? _histories;

        /// <summary>
        /// A FAILED job with its SupersededBy; any other job as it is, without a request. A task listing that fails
        /// leaves SupersededBy empty and is told once per database at the end: the job itself was read.
        /// </summary>
        private async Task<MmsJob> WithSupersessionAsync(MmsJob job, CancellationToken token)
        {
            if (job.Status == MmsJobStatus.Failed && !string.IsNullOrEmpty(job.SrcDbName))
            {
                DatabaseHistories histories = LazyInitializer.EnsureInitialized(ref _histories, () => new DatabaseHistories(Client))!;
                await histories.AnnotateAsync(job.SourceId, job.SrcDbName!, async tasks =>
                {
                    tasks.Annotate(job);
                    if (IncludeLastMessage || StatusSets.Expand(Status, StatusKind.Job).SequenceEqual(new[] { MmsJobStatus.Failed }))
                    {
                        await FailureReasons.FillAsync(Client, job, tasks, token).ConfigureAwait(false);
                    }
                }, token).ConfigureAwait(false);
            }
            return job;
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            _histories?.WarnUnread(WriteWarning, (database, why) => "SupersededBy is empty for the FAILED jobs of " + database +
                ": its tasks could not be read (" + why + "), so a superseded job shows as FAILED. Restart-MmsJob checks again before it retries.");
        }

        /// <summary>ListMmsJobs takes one status: several states are one listing each, in the set's order.</summary>
        private protected override void List(long sourceId)
        {
            IReadOnlyList<string> statuses = StatusSets.Expand(Status, StatusKind.Job);
            foreach (string? status in statuses.Count == 0 ? new string?[] { null } : statuses.ToArray())
            {
                List(sourceId, status, reportTotal: ReportTotal && statuses.Count <= 1);
            }
        }

        private void List(long sourceId, string? status, bool reportTotal)
        {
            NameFilter nameFilter = NameFilter.CaseKept(Name);
            var query = new MmsJobQuery
            {
                NamePrefix = nameFilter.ServerPrefix,
                Status = status,
                DbName = DbName,
                Stopped = BoundValue(nameof(Stopped), Stopped.IsPresent),
                TimerId = BoundValue(nameof(TimerId), TimerId),
                SortByStatus = SortBy != null,
                Descending = Descending,
            };
            WriteList(
                (pageNum, pageSize, token) => Client.ListJobsAsync(sourceId, query, pageNum, pageSize, token),
                job => job.JobId,
                new MmsSourceReference(sourceId),
                nameFilter,
                job => job.Name,
                reportTotal: reportTotal,
                complete: job => AwaitOnPipeline(token => WithSupersessionAsync(job, token)));
        }
    }
}
