using System.Management.Automation;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets migration jobs by id (GetMmsJob), or lists the jobs of a data source (ListMmsJobs).</summary>
    /// <remarks>
    /// As for tables, only the by-id set binds ids from the pipeline by property name (MmsJob objects, error targets);
    /// listings take their source from the command line or from MmsDataSource objects.
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
        [WholeId]
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

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ByIdSet:
                    GetById(nameof(JobId), JobId, InputIdsAttribute.TakeRejectedValue(), id => new MmsJobReference(SourceId, id),
                        (job, token) => Client.GetJobAsync(job.SourceId, job.JobId, token));
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
                (pageNum, pageSize, token) => Client.ListJobsAsync(sourceId, query, pageNum, pageSize, token),
                job => job.JobId,
                new MmsSourceReference(sourceId),
                nameFilter,
                job => job.Name,
                reportTotal: ParameterSetName == ListSet);
        }
    }
}
