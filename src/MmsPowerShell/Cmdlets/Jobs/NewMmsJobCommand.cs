using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Creates migration jobs (CreateMmsJob), waits for the service's asynchronous task that makes each one, and
    /// writes the new job. Piped MmsTable objects make one job per source database (the service takes one srcDbName
    /// per job), each listing exactly the piped tables of that database.
    /// </summary>
    /// <remarks>
    /// CreateMmsJob is never resent when its answer is lost: a second job is worse than an error that says the first
    /// may exist and how to find it.
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "MmsJob", DefaultParameterSetName = DatabaseSet, SupportsShouldProcess = true)]
    [OutputType(typeof(MmsJob), typeof(MmsAsyncTask))]
    public sealed class NewMmsJobCommand : MmsWaitingCmdlet
    {
        private const string DatabaseSet = "Database";
        private const string TableSet = "Table";

        /// <summary>How long creation may take without -WaitTimeoutSec before the cmdlet stops waiting and says how to check later.</summary>
        private static readonly TimeSpan DefaultCreationWait = TimeSpan.FromMinutes(10);

        private readonly List<(long SourceId, MmsJobDefinition Job)> _jobs = new List<(long, MmsJobDefinition)>();
        private readonly List<MmsTable> _tables = new List<MmsTable>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = DatabaseSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        /// <summary>The job's name; with tables of several databases piped in, each job is named Name-dbName.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>The source database.</summary>
        [Parameter(Mandatory = true, ParameterSetName = DatabaseSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string DbName { get; set; } = string.Empty;

        /// <summary>Table names of -DbName; none migrates the whole database.</summary>
        [Parameter(ParameterSetName = DatabaseSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TableNameCompleter))]
        public string[]? Table { get; set; }

        /// <summary>Tables from Get-MmsTable.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TableSet)]
        [ValidateNotNull]
        public MmsTable[] InputObject { get; set; } = new MmsTable[0];

        /// <summary>The destination MaxCompute project (dstDbName).</summary>
        [Parameter]
        [Alias("DstDbName")]
        [ValidateNotNullOrEmpty]
        public string? DestinationProject { get; set; }

        [Parameter]
        [Alias("DstSchemaName")]
        [ValidateNotNullOrEmpty]
        public string? DestinationSchema { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TaskType { get; set; }

        [Parameter]
        public SwitchParameter SchemaOnly { get; set; }

        [Parameter]
        public SwitchParameter Increment { get; set; }

        [Parameter]
        public SwitchParameter EnableVerification { get; set; }

        /// <summary>Table name → partition filter expression.</summary>
        [Parameter]
        [ValidateNotNull]
        [ValidateSendableHashtable]
        public Hashtable? PartitionFilter { get; set; }

        /// <summary>Source table name → destination table name.</summary>
        [Parameter]
        [ValidateNotNull]
        [ValidateSendableHashtable]
        public Hashtable? TableMapping { get; set; }

        /// <summary>MMA partition ids (from Get-MmsTablePartition) to migrate.</summary>
        [Parameter(ParameterSetName = DatabaseSet)]
        [ValidateNotNullOrEmpty]
        [WholeId]
        public long[]? PartitionId { get; set; }

        public NewMmsJobCommand()
            : base(JobCreationPollSec, DefaultCreationWait)
        {
        }

        /// <summary>Writes the asynchronous task right after the request instead of waiting for the job.</summary>
        [Parameter]
        public SwitchParameter NoWait { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == TableSet)
            {
                _tables.AddRange(InputObject.Where(t => t != null));
                return;
            }
            var job = Define(Name, DbName, Table);
            job.Options.Partitions = PartitionId;
            _jobs.Add((SourceId, job));
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName == TableSet)
            {
                DefinePerDatabase();
            }
            var creations = new List<Creation>();
            try
            {
                foreach (var (sourceId, job) in _jobs)
                {
                    Creation? creation = Create(sourceId, job);
                    if (creation != null)
                    {
                        creations.Add(creation);
                    }
                }
                if (NoWait)
                {
                    foreach (Creation creation in creations)
                    {
                        QueueRequest(token => ReadAfterAsync(creation.Accepted, () => Client.GetAsyncTaskAsync(creation.Task.SourceId, creation.Task.AsyncTaskId, token)),
                            creation.Task, task => creation.Written(task));
                    }
                }
                else
                {
                    WriteCreatedJobs(creations);
                }
                base.EndProcessing();
            }
            catch (PipelineStoppedException)
            {
                // Ctrl+C: no error can be written any more, but the host can still be told what the service already accepted.
                foreach (Creation creation in creations.Where(c => c.Untold))
                {
                    Host?.UI?.WriteWarningLine(creation.Accepted.StoppedWarning(MyInvocation.MyCommand.Name));
                }
                throw;
            }
        }

        /// <summary>Sends CreateMmsJob after -WhatIf/-Confirm; the accepted creation, or null (after an error) when there is none.</summary>
        private Creation? Create(long sourceId, MmsJobDefinition job)
        {
            var target = new MmsNewJobReference(sourceId, job.Name);
            string scope = job.Options.Tables == null
                ? "the whole database " + job.SrcDbName
                : "database " + job.SrcDbName + ", tables " + string.Join(", ", job.Options.Tables);
            if (!this.ShouldChange("source " + sourceId + ", " + scope, "Create migration job '" + job.Name + "'"))
            {
                return null;
            }
            try
            {
                long asyncTaskId = AwaitOnPipeline(token => Client.CreateJobAsync(sourceId, job, token));
                return new Creation(this, target, asyncTaskId);
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, target));
                return null;
            }
        }

        /// <summary>
        /// Waits for every creation at once, then reads the new jobs back and writes them in the order they were asked
        /// for, all within one budget (-WaitTimeoutSec). Every read after CreateMmsJob follows the follow-up rule: its
        /// error says the job exists (or is being made) and how to read it.
        /// </summary>
        private void WriteCreatedJobs(IReadOnlyList<Creation> creations)
        {
            var byTask = creations.ToDictionary(c => c.Task);
            using (WaitBudget budget = NewWaitBudget())
            {
                WaitUntilEnded(creations.Select(c => c.Task).ToList(), new WaitPlan<MmsAsyncTaskReference, MmsAsyncTask>
                {
                    Read = (task, token) => Client.GetAsyncTaskAsync(task.SourceId, task.AsyncTaskId, token),
                    HasEnded = state => !state.Running,
                    Progress = (task, state) => new WaitProgress("Creating " + byTask[task].Job, state.Status ?? "running", state.Progress),
                    Ended = (task, state) => byTask[task].Ended(state),
                    Name = (task, _) => "Job '" + byTask[task].Job.Name + "', whose creation the service accepted,",
                    StillIn = state => "being created (" + (state.Status ?? "running") + ")",
                    TimeoutAction = (task, _) => "It exists or is being made: check with " + byTask[task].Job.OutcomeCheck +
                                                 " rather than creating it again, or wait longer with a larger -WaitTimeoutSec.",
                    ReadFailed = (task, e) => byTask[task].Accepted.FollowUpError(e),
                }, budget);
                foreach (Creation creation in creations.Where(c => c.Made != null))
                {
                    QueueRequest(token => ReadNewJobAsync(creation, budget, token), creation.Job, job => creation.Written(job));
                }
                DrainWindow();
            }
        }

        /// <summary>The new job, read back within what is left of the wait's budget.</summary>
        private async Task<MmsJob> ReadNewJobAsync(Creation creation, WaitBudget budget, CancellationToken stop)
        {
            using (var either = CancellationTokenSource.CreateLinkedTokenSource(stop, budget.Token))
            {
                try
                {
                    return await ReadAfterAsync(creation.Made!, () => FindNewJobAsync(creation, either.Token)).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    throw new FollowUpReadException(creation.Made!.FollowUpError("reading it back got no answer " + budget.After));
                }
            }
        }

        /// <summary>The new job by the id the async task names; by its name when the task names none.</summary>
        private async Task<MmsJob> FindNewJobAsync(Creation creation, CancellationToken token)
        {
            MmsNewJobReference target = creation.Job;
            if (creation.JobId != 0)
            {
                return await Client.GetJobAsync(target.SourceId, creation.JobId, token).ConfigureAwait(false);
            }
            MmsPage<MmsJob> page = await Client.ListJobsAsync(target.SourceId, new MmsJobQuery { NamePrefix = target.Name }, 1, MmsApiClient.PageSize, token)
                .ConfigureAwait(false);
            return page.Items.Where(j => j.Name == target.Name).OrderByDescending(j => j.JobId).FirstOrDefault()
                ?? throw new MmsApiException(MmsErrorIds.InvalidResponse, 0, "Neither its async task nor ListMmsJobs names the new job", null,
                    "Check with " + target.OutcomeCheck + ".");
        }

        /// <summary>One job per source and database of the piped tables, in the order they first appeared.</summary>
        private void DefinePerDatabase()
        {
            var groups = _tables.GroupBy(t => (t.SourceId, DbName: t.DbName ?? string.Empty)).ToList();
            foreach (var group in groups)
            {
                string name = groups.Count == 1 ? Name : Name + "-" + group.Key.DbName;
                _jobs.Add((group.Key.SourceId, Define(name, group.Key.DbName, group.Select(t => t.Name ?? string.Empty).Distinct(StringComparer.Ordinal).ToArray())));
            }
        }

        private MmsJobDefinition Define(string name, string dbName, string[]? tables) => new MmsJobDefinition(name, dbName)
        {
            DstDbName = DestinationProject,
            DstSchemaName = DestinationSchema,
            TaskType = TaskType,
            Options = new MmsMigrationOptions
            {
                Tables = tables,
                PartitionFilters = Hashtables.ToStringMap(PartitionFilter),
                TableMapping = Hashtables.ToStringMap(TableMapping),
                SchemaOnly = BoundValue(nameof(SchemaOnly), SchemaOnly.IsPresent),
                Increment = BoundValue(nameof(Increment), Increment.IsPresent),
                EnableVerification = BoundValue(nameof(EnableVerification), EnableVerification.IsPresent),
            },
        };

        /// <summary>A job whose creation the service accepted: CreateMmsJob answers an asynchronous task that makes it.</summary>
        private sealed class Creation
        {
            private readonly NewMmsJobCommand _cmdlet;
            private bool _told;

            public Creation(NewMmsJobCommand cmdlet, MmsNewJobReference job, long asyncTaskId)
            {
                _cmdlet = cmdlet;
                Job = job;
                Task = new MmsAsyncTaskReference(job.SourceId, asyncTaskId);
                Accepted = AcceptedChange.CreationAccepted(job, "job '" + job.Name + "' on source " + job.SourceId + " (async task " + asyncTaskId + ")",
                    job.OutcomeCheck);
            }

            public MmsNewJobReference Job { get; }

            public MmsAsyncTaskReference Task { get; }

            public AcceptedChange Accepted { get; }

            /// <summary>The job made, once its task has ended with one; null before, or when the creation failed.</summary>
            public AcceptedChange? Made { get; private set; }

            /// <summary>The new job's id, 0 when the task names none (it is then found by name).</summary>
            public long JobId { get; private set; }

            /// <summary>Nothing was written about it yet: a Ctrl+C must still say that it was accepted.</summary>
            public bool Untold => !_told;

            /// <summary>Writes what was read about it.</summary>
            public void Written(object item)
            {
                _told = true;
                _cmdlet.WriteObject(item);
            }

            /// <summary>
            /// Its task ended. A task that names a job made it, even with an error message beside it: the job is read back
            /// and the message is a warning, never a reason to create it again.
            /// </summary>
            public void Ended(MmsAsyncTask task)
            {
                bool endedFailed = string.Equals(task.Status, MmsJobStatus.Failed, StringComparison.OrdinalIgnoreCase);
                if (task.ObjectId != 0 && !endedFailed)
                {
                    JobId = task.ObjectId;
                    Made = AcceptedChange.Created(new MmsJobReference(Job.SourceId, JobId), "Job " + JobId + " '" + Job.Name + "' of source " + Job.SourceId);
                    if (task.ErrorMessage != null)
                    {
                        _cmdlet.WriteWarning(Made.Fact + " (" + task.Status + "), but the service's creation task also reported: " +
                                             task.ErrorMessage.TrimEnd('.') + ". " + Made.Standing + ": read it with " + Made.ReadCommand + ".");
                    }
                    return;
                }
                if (!task.Failed)
                {
                    Made = AcceptedChange.Created(Job, "Job '" + Job.Name + "' of source " + Job.SourceId);
                    return;
                }
                _told = true;
                string named = task.ObjectId == 0 ? string.Empty
                    : " The service names job " + task.ObjectId + " for it, so it may exist: check with Get-MmsJob -SourceId " + Job.SourceId + " -JobId " +
                      task.ObjectId + " before creating it again.";
                _cmdlet.WriteError(ErrorRecords.Create(MmsErrorIds.AsyncTaskFailed,
                    "Creating job '" + Job.Name + "' on source " + Job.SourceId + " failed: " + (task.ErrorMessage ?? task.Status)?.TrimEnd('.') + "." + named,
                    Job, task.ObjectId == 0 ? "Correct the request (database, tables, partitions) and run New-MmsJob again."
                        : "Read job " + task.ObjectId + " first; remove it with Remove-MmsJob if it is not wanted."));
            }
        }
    }
}
