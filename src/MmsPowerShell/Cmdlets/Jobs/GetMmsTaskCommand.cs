using System.Management.Automation;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets migration tasks by id (GetMmsTask), or lists them (ListMmsTasks): all of a source, or those of a job.</summary>
    [Cmdlet(VerbsCommon.Get, "MmsTask", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsTask))]
    public sealed class GetMmsTaskCommand : MmsCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";
        private const string JobSet = "Job";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ListSet)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

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

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = JobSet)]
        [ValidateSet(MmsTaskStatus.Init, MmsTaskStatus.SchemaDoing, MmsTaskStatus.SchemaDone, MmsTaskStatus.SchemaFailed,
            MmsTaskStatus.DataDoing, MmsTaskStatus.DataDone, MmsTaskStatus.DataFailed, MmsTaskStatus.VerificationDoing,
            MmsTaskStatus.VerificationDone, MmsTaskStatus.VerificationFailed, MmsTaskStatus.Done, IgnoreCase = true)]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = JobSet)]
        [ValidateSet("Status", "StartTime", IgnoreCase = true)]
        public string? SortBy { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = JobSet)]
        public SwitchParameter Descending { get; set; }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ByIdSet:
                    GetById(nameof(TaskId), TaskId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTaskReference(SourceId, id),
                        (task, token) => Client.GetTaskAsync(task.SourceId, task.TaskId, token));
                    break;
                case JobSet:
                    foreach (MmsJob job in Job)
                    {
                        List(job.SourceId, job.JobId, new MmsJobReference(job.SourceId, job.JobId));
                    }
                    break;
                default:
                    long? jobId = BoundValue(nameof(JobId), JobId);
                    List(SourceId, jobId, jobId.HasValue ? new MmsJobReference(SourceId, jobId.Value) : (MmsReference)new MmsSourceReference(SourceId));
                    break;
            }
        }

        private void List(long sourceId, long? jobId, MmsReference target)
        {
            var query = new MmsTaskQuery
            {
                JobId = jobId,
                Status = Status?.ToUpperInvariant(),
                SortBy = SortBy == null ? null : SortBy.Equals("Status", System.StringComparison.OrdinalIgnoreCase) ? "status" : "startTime",
                Descending = Descending,
            };
            long? total = WriteList(
                (pageNum, pageSize, token) => Client.ListTasksAsync(sourceId, query, pageNum, pageSize, token),
                task => task.TaskId,
                target,
                reportTotal: ParameterSetName == ListSet);
            if (total == 0 && jobId.HasValue)
            {
                ReportMissingJob(sourceId, jobId.Value, target);
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
