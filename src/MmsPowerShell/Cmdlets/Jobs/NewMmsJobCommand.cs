using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Creates migration jobs (CreateMmsJob), waits for the service's asynchronous task that makes each one, and
    /// writes the new job. Every job names its destination (dstDbName): -DestinationProject, or else each table's own
    /// destination (DestinationProject, as Get-MmsTable shows it), one job per source database and destination.
    /// Piped MmsTable or MmsPartition objects carry theirs; by name (-DbName) the tables (or -PartitionId partitions)
    /// are read first.
    /// </summary>
    /// <remarks>
    /// CreateMmsJob is never resent when its answer is lost: a second job is worse than an error that says the first
    /// may exist and how to find it. A dstDbName is always sent because what the service does without one is not
    /// documented: a table the user pointed at dw_prod must not land in the database's default project.
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "MmsJob", DefaultParameterSetName = DatabaseSet, SupportsShouldProcess = true)]
    [OutputType(typeof(MmsJob), typeof(MmsAsyncTask))]
    public sealed class NewMmsJobCommand : MmsWaitingCmdlet
    {
        private const string DatabaseSet = "Database";
        private const string TableSet = "Table";
        private const string PartitionSet = "Partition";

        /// <summary>How long creation may take without -WaitTimeoutSec before the cmdlet stops waiting and says how to check later.</summary>
        private static readonly TimeSpan DefaultCreationWait = TimeSpan.FromMinutes(10);

        private readonly List<JobPlan> _plans = new List<JobPlan>();
        private readonly List<MmsTable> _tables = new List<MmsTable>();
        private readonly List<MmsPartition> _partitions = new List<MmsPartition>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = DatabaseSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        /// <summary>The job's name; with several jobs, each is named Name-dbName (and -project when a database's tables go to several projects).</summary>
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

        /// <summary>Partitions from Get-MmsTablePartition: their ids are sent as the job's partitions.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PartitionSet)]
        [ValidateNotNull]
        public MmsPartition[] Partition { get; set; } = new MmsPartition[0];

        /// <summary>The destination MaxCompute project (dstDbName) for every table; without it, each table's own destination.</summary>
        [Parameter]
        [Alias("DstDbName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DestinationProjectCompleter))]
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
            if (SkipUnsupportedInput())
            {
                return;
            }
            switch (ParameterSetName)
            {
                case TableSet:
                    _tables.AddRange(InputObject.Where(t => t != null));
                    break;
                case PartitionSet:
                    _partitions.AddRange(Partition.Where(p => p != null));
                    break;
                default:
                    PlanByName(SourceId, DbName, Table, PartitionId);
                    break;
            }
        }

        protected override void EndProcessing()
        {
            // By what was piped, not by ParameterSetName: that is the last object's set, and an object refused by
            // SkipUnsupportedInput is bound in a set of its own.
            if (_tables.Count > 0)
            {
                WarnOfOtherDestination();
                PlanTables(_tables, _plans);
            }
            if (_partitions.Count > 0)
            {
                PlanPartitions(_partitions);
            }
            JobPlan.NameAll(_plans, Name);
            var creations = new List<Creation>();
            try
            {
                foreach (JobPlan plan in _plans)
                {
                    Creation? creation = Create(plan);
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
        private Creation? Create(JobPlan plan)
        {
            var target = new MmsNewJobReference(plan.SourceId, plan.Name);
            if (!this.ShouldChange(plan.Description, "Create migration job '" + plan.Name + "'"))
            {
                return null;
            }
            MmsJobDefinition job = Define(plan);
            try
            {
                long asyncTaskId = AwaitOnPipeline(token => Client.CreateJobAsync(plan.SourceId, job, token));
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

        /// <summary>
        /// Groups tables into jobs by source, database and destination, in the order they first came. A table without a
        /// destination (and no -DestinationProject) is an error of its own and is left out; the others go on.
        /// </summary>
        /// <returns>False when a table was left out.</returns>
        private bool PlanTables(IEnumerable<MmsTable> tables, List<JobPlan> plans)
        {
            bool all = true;
            foreach (MmsTable table in tables)
            {
                string? destination = DestinationOf(table.DestinationProject, new MmsTableReference(table.SourceId, table.TableId), table.ToString());
                if (destination == null)
                {
                    all = false;
                    continue;
                }
                JobPlan plan = PlanFor(plans, table.SourceId, table.DbName ?? string.Empty, destination);
                plan.Tables = plan.Tables ?? new List<string>();
                if (table.Name != null && !plan.Tables.Contains(table.Name))
                {
                    plan.Tables.Add(table.Name);
                }
            }
            return all;
        }

        private void PlanPartitions(IEnumerable<MmsPartition> partitions)
        {
            foreach (MmsPartition partition in partitions)
            {
                string? destination = DestinationOf(partition.DestinationProject, new MmsPartitionReference(partition.SourceId, partition.PartitionId),
                    "partition " + partition.PartitionId + " (" + partition.DbName + "." + partition + ")");
                if (destination != null)
                {
                    JobPlan plan = PlanFor(_plans, partition.SourceId, partition.DbName ?? string.Empty, destination);
                    plan.PartitionIds = plan.PartitionIds ?? new List<long>();
                    if (!plan.PartitionIds.Contains(partition.PartitionId))
                    {
                        plan.PartitionIds.Add(partition.PartitionId);
                    }
                }
            }
        }

        /// <summary>
        /// -DbName (with -Table or -PartitionId, or neither for the whole database). With -DestinationProject nothing is
        /// read; without it, the tables (or partitions) are read for their destinations, so an unknown table or
        /// database is an error here, before anything is created.
        /// </summary>
        private void PlanByName(long sourceId, string dbName, string[]? tableNames, long[]? partitionIds)
        {
            if (DestinationProject != null)
            {
                var plan = PlanFor(_plans, sourceId, dbName, DestinationProject);
                plan.Tables = tableNames?.Distinct(StringComparer.Ordinal).ToList();
                plan.PartitionIds = partitionIds?.Distinct().ToList();
                return;
            }
            if (partitionIds != null)
            {
                var read = new List<MmsPartition>();
                foreach (long partitionId in partitionIds.Distinct())
                {
                    try
                    {
                        read.Add(AwaitOnPipeline(token => Client.GetPartitionAsync(sourceId, partitionId, token)));
                    }
                    catch (MmsApiException e)
                    {
                        WriteError(ErrorRecords.FromApiError(e, new MmsPartitionReference(sourceId, partitionId)));
                    }
                }
                PlanPartitions(read);
                return;
            }
            IReadOnlyList<MmsTable> tables;
            try
            {
                var query = new MmsTableQuery { DbName = dbName };
                tables = AwaitOnPipeline(token => PagedReader.ReadAllAsync(
                    (pageNum, pageSize, t) => Client.ListTablesAsync(sourceId, query, pageNum, pageSize, t), table => table.TableId, ThrottleLimit, token));
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, new MmsSourceReference(sourceId)));
                return;
            }
            if (tables.Count == 0)
            {
                WriteError(new MmsDatabaseNameReference(sourceId, dbName).NotFoundError(nameof(DbName)));
                return;
            }
            if (tableNames != null)
            {
                var named = new List<MmsTable>();
                foreach (string tableName in tableNames.Distinct(StringComparer.Ordinal))
                {
                    MmsTable? table = tables.FirstOrDefault(t => string.Equals(t.Name, tableName, StringComparison.Ordinal));
                    if (table == null)
                    {
                        WriteError(ErrorRecords.Create(MmsErrorIds.TableNotFound,
                            "Table '" + tableName + "' was not found in " + new MmsDatabaseNameReference(sourceId, dbName) + "; no job includes it.",
                            new MmsDatabaseNameReference(sourceId, dbName), "List the tables with Get-MmsTable -SourceId " + sourceId + " -DbName " + dbName + " (-Table completes them)."));
                    }
                    else
                    {
                        named.Add(table);
                    }
                }
                PlanTables(named, _plans);
                return;
            }
            var wholeDatabase = new List<JobPlan>();
            bool everyTable = PlanTables(tables, wholeDatabase);
            if (everyTable && wholeDatabase.Count == 1)
            {
                // All of it goes to one project: a whole-database job, as asked (the service then also takes tables a
                // later scan adds), still with its dstDbName.
                wholeDatabase[0].Tables = null;
            }
            _plans.AddRange(wholeDatabase);
        }

        /// <summary>-DestinationProject, else the object's own destination; null (and an error for that object) when it has none.</summary>
        private string? DestinationOf(string? own, MmsReference target, string what)
        {
            string? destination = DestinationProject ?? (string.IsNullOrEmpty(own) ? null : own);
            if (destination == null)
            {
                WriteError(ErrorRecords.Create(MmsErrorIds.DestinationMissing,
                    what + " has no destination project, so no job includes it.", target,
                    "Give it one with Set-MmsTable -DestinationProject, or name one for the whole job with New-MmsJob -DestinationProject."));
            }
            return destination;
        }

        private static JobPlan PlanFor(List<JobPlan> plans, long sourceId, string dbName, string destination)
        {
            JobPlan? plan = plans.FirstOrDefault(p => p.SourceId == sourceId && p.DbName == dbName && p.Destination == destination);
            if (plan == null)
            {
                plan = new JobPlan(sourceId, dbName, destination);
                plans.Add(plan);
            }
            return plan;
        }

        /// <summary>
        /// -DestinationProject overrides where piped tables would go on their own: the tables keep showing their own
        /// destination (where their next job goes), so say where this job puts them and how to see it later.
        /// </summary>
        private void WarnOfOtherDestination()
        {
            if (DestinationProject == null)
            {
                return;
            }
            var elsewhere = _tables.Where(t => !string.IsNullOrEmpty(t.DestinationProject) && t.DestinationProject != DestinationProject).ToList();
            if (elsewhere.Count > 0)
            {
                WriteWarning("-DestinationProject " + DestinationProject + " sends " + string.Join(", ", elsewhere.Select(t => t + " (destination " + t.DestinationProject + ")")) +
                    " to " + DestinationProject + ". Their DestinationProject stays as it is (where their next job goes); Get-MmsTable -IncludeLastTask shows " +
                    "LastDestinationProject " + DestinationProject + " once this job has run them. To move them for good, use Set-MmsTable -DestinationProject first.");
            }
        }

        private MmsJobDefinition Define(JobPlan plan) => new MmsJobDefinition(plan.Name, plan.DbName)
        {
            DstDbName = plan.Destination,
            DstSchemaName = DestinationSchema,
            TaskType = TaskType,
            Options = new MmsMigrationOptions
            {
                Tables = plan.Tables?.ToArray(),
                Partitions = plan.PartitionIds?.ToArray(),
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
