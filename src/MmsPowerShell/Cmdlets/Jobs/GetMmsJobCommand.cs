using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.History;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets migration jobs by id (GetMmsJob), or lists the jobs of a data source (ListMmsJobs).</summary>
    /// <remarks>
    /// As for tables, only the by-id set binds ids from the pipeline by property name (MmsJob objects, error targets);
    /// listings take their source from the command line or from MmsDataSource objects.
    /// A FAILED job gets SupersededBy from one ListMmsTasks listing of its source database (shared by every failed job
    /// of that database in the call); other jobs cost nothing extra.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "MmsJob", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsJob))]
    public sealed class GetMmsJobCommand : MmsCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";
        private const string DataSourceSet = "DataSource";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ListSet)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] JobId { get; set; } = new long[0];

        /// <summary>Data sources whose jobs to list, from Get-MmsDataSource.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = DataSourceSet)]
        [ValidateNotNull]
        public MmsDataSource[] DataSource { get; set; } = new MmsDataSource[0];

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [ValidateSet(MmsJobStatus.Init, MmsJobStatus.Doing, MmsJobStatus.Done, MmsJobStatus.Failed, IgnoreCase = true)]
        public string? Status { get; set; }

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
        [ValidateRange(1L, long.MaxValue)]
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

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ByIdSet when !AcceptInputIds(nameof(JobId), JobId):
                    break;
                case ByIdSet:
                    foreach (long jobId in JobId)
                    {
                        long sourceId = SourceId;
                        QueueRequest(
                            async token => await WithSupersessionAsync(await Client.GetJobAsync(sourceId, jobId, token).ConfigureAwait(false), token).ConfigureAwait(false),
                            new MmsJobReference(sourceId, jobId), job => WriteObject(job));
                    }
                    break;
                case DataSourceSet:
                    foreach (MmsDataSource source in DataSource)
                    {
                        List(source.SourceId);
                    }
                    break;
                default:
                    List(SourceId);
                    break;
            }
        }

        private MigrationHistoryCache? _history;

        /// <summary>A FAILED job with its SupersededBy; any other job as it is, without a request.</summary>
        private async Task<MmsJob> WithSupersessionAsync(MmsJob job, CancellationToken token)
        {
            if (job.Status == MmsJobStatus.Failed && !string.IsNullOrEmpty(job.SrcDbName))
            {
                MigrationHistoryCache history = LazyInitializer.EnsureInitialized(ref _history, () => new MigrationHistoryCache(Client))!;
                (await history.GetAsync(job.SourceId, job.SrcDbName!, token).ConfigureAwait(false)).Annotate(job);
            }
            return job;
        }

        private void List(long sourceId)
        {
            NameFilter nameFilter = NameFilter.CaseKept(Name);
            var query = new MmsJobQuery
            {
                NamePrefix = nameFilter.ServerPrefix,
                Status = Status?.ToUpperInvariant(),
                DbName = DbName,
                Stopped = BoundValue(nameof(Stopped), Stopped.IsPresent),
                TimerId = BoundValue(nameof(TimerId), TimerId),
                SortByStatus = SortBy != null,
                Descending = Descending,
            };
            WriteList(
                async (pageNum, pageSize, token) =>
                {
                    MmsPage<MmsJob> page = await Client.ListJobsAsync(sourceId, query, pageNum, pageSize, token).ConfigureAwait(false);
                    foreach (MmsJob job in page.Items)
                    {
                        await WithSupersessionAsync(job, token).ConfigureAwait(false);
                    }
                    return page;
                },
                job => job.JobId,
                new MmsSourceReference(sourceId),
                nameFilter,
                job => job.Name,
                reportTotal: ParameterSetName == ListSet);
        }
    }
}
