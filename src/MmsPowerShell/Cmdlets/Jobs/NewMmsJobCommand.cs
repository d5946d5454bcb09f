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
    public sealed class NewMmsJobCommand : MmsCmdlet
    {
        private const string DatabaseSet = "Database";
        private const string TableSet = "Table";
        private const string PartitionSet = "Partition";

        /// <summary>Between two reads of the asynchronous task: creation usually takes well under a second.</summary>
        private static readonly TimeSpan AsyncTaskPollInterval = TimeSpan.FromMilliseconds(250);

        /// <summary>How long creation may take before the cmdlet stops waiting and says how to check later.</summary>
        private static readonly TimeSpan AsyncTaskTimeout = TimeSpan.FromMinutes(10);

        private readonly List<JobPlan> _plans = new List<JobPlan>();
        private readonly List<MmsTable> _tables = new List<MmsTable>();
        private readonly List<MmsPartition> _partitions = new List<MmsPartition>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = DatabaseSet)]
        [ValidateRange(1L, long.MaxValue)]
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
        public Hashtable? PartitionFilter { get; set; }

        /// <summary>Source table name → destination table name.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? TableMapping { get; set; }

        /// <summary>MMA partition ids (from Get-MmsTablePartition) to migrate.</summary>
        [Parameter(ParameterSetName = DatabaseSet)]
        [ValidateNotNullOrEmpty]
        public long[]? PartitionId { get; set; }

        /// <summary>Writes the asynchronous task right after the request instead of waiting for the job.</summary>
        [Parameter]
        public SwitchParameter NoWait { get; set; }

        protected override void ProcessRecord()
        {
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
            if (ParameterSetName == TableSet)
            {
                WarnOfOtherDestination();
                PlanTables(_tables, _plans);
            }
            else if (ParameterSetName == PartitionSet)
            {
                PlanPartitions(_partitions);
            }
            JobPlan.NameAll(_plans, Name);
            var created = new List<(MmsNewJobReference Target, long AsyncTaskId)>();
            foreach (JobPlan plan in _plans)
            {
                var target = new MmsNewJobReference(plan.SourceId, plan.Name);
                if (!ShouldProcess(plan.Description, "Create migration job '" + plan.Name + "'"))
                {
                    continue;
                }
                MmsJobDefinition job = Define(plan);
                try
                {
                    created.Add((target, AwaitOnPipeline(token => Client.CreateJobAsync(plan.SourceId, job, token))));
                }
                catch (MmsApiException e)
                {
                    WriteError(ErrorRecords.FromApiError(e, target));
                }
            }
            if (NoWait)
            {
                foreach (var (target, asyncTaskId) in created)
                {
                    QueueRequest(token => Client.GetAsyncTaskAsync(target.SourceId, asyncTaskId, token), target, task => WriteObject(task));
                }
            }
            else
            {
                WriteCreatedJobs(created);
            }
            base.EndProcessing();
        }

        /// <summary>Waits for every creation at once, then writes the new jobs in the order they were asked for.</summary>
        private void WriteCreatedJobs(List<(MmsNewJobReference Target, long AsyncTaskId)> created)
        {
            var newJobIds = new Dictionary<MmsReference, long>();
            var byTask = created.ToDictionary(c => (MmsReference)new MmsAsyncTaskReference(c.Target.SourceId, c.AsyncTaskId), c => c.Target);
            new Poller(this, AsyncTaskPollInterval, AsyncTaskTimeout).Run<MmsAsyncTask>(
                byTask.Keys.ToList(),
                (target, token) => Client.GetAsyncTaskAsync(((MmsAsyncTaskReference)target).SourceId, ((MmsAsyncTaskReference)target).AsyncTaskId, token),
                task => !task.Running,
                (target, task) => ("Creating " + byTask[target], task.Status ?? "running", task.Progress),
                (target, task) =>
                {
                    MmsNewJobReference job = byTask[target];
                    if (task.Failed)
                    {
                        WriteError(ErrorRecords.Create(MmsErrorIds.AsyncTaskFailed,
                            "Creating job '" + job.Name + "' on source " + job.SourceId + " failed: " + (task.ErrorMessage ?? task.Status)?.TrimEnd('.') + ".",
                            job, "Correct the request (database, tables, partitions) and run New-MmsJob again."));
                    }
                    else
                    {
                        newJobIds[job] = task.ObjectId;
                    }
                },
                (target, _) => WriteError(ErrorRecords.Create(MmsErrorIds.WaitTimeout,
                    "Job '" + byTask[target].Name + "' was still being created after " + AsyncTaskTimeout.TotalMinutes + " minutes (" + target + ").",
                    byTask[target], "Check later with " + byTask[target].OutcomeCheck + ".")));
            foreach (var (target, _) in created)
            {
                if (newJobIds.TryGetValue(target, out long jobId))
                {
                    QueueRequest(token => ReadNewJobAsync(target, jobId, token), target, job => WriteObject(job));
                }
            }
        }

        /// <summary>The new job by the id the async task names; by its name when the task names none.</summary>
        private async Task<MmsJob> ReadNewJobAsync(MmsNewJobReference target, long jobId, CancellationToken token)
        {
            if (jobId != 0)
            {
                return await Client.GetJobAsync(target.SourceId, jobId, token).ConfigureAwait(false);
            }
            MmsPage<MmsJob> page = await Client.ListJobsAsync(target.SourceId, new MmsJobQuery { NamePrefix = target.Name }, 1, MmsApiClient.PageSize, token)
                .ConfigureAwait(false);
            return page.Items.Where(j => j.Name == target.Name).OrderByDescending(j => j.JobId).FirstOrDefault()
                ?? throw new MmsApiException(MmsErrorIds.InvalidResponse, 0, "The job was created, but neither its async task nor ListMmsJobs names it", null,
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
                tables = AwaitOnPipeline(token => PageReader.ReadAllAsync(
                    (pageNum, pageSize, t) => Client.ListTablesAsync(sourceId, query, pageNum, pageSize, t), table => table.TableId, token));
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
    }
}
