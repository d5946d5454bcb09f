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
    public sealed class NewMmsJobCommand : MmsCmdlet
    {
        private const string DatabaseSet = "Database";
        private const string TableSet = "Table";

        /// <summary>Between two reads of the asynchronous task: creation usually takes well under a second.</summary>
        private static readonly TimeSpan AsyncTaskPollInterval = TimeSpan.FromMilliseconds(250);

        /// <summary>How long creation may take before the cmdlet stops waiting and says how to check later.</summary>
        private static readonly TimeSpan AsyncTaskTimeout = TimeSpan.FromMinutes(10);

        private readonly List<(long SourceId, MmsJobDefinition Job)> _jobs = new List<(long, MmsJobDefinition)>();
        private readonly List<MmsTable> _tables = new List<MmsTable>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = DatabaseSet)]
        [ValidateRange(1L, long.MaxValue)]
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
        public long[]? PartitionId { get; set; }

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
            var created = new List<(MmsNewJobReference Target, long AsyncTaskId)>();
            foreach (var (sourceId, job) in _jobs)
            {
                var target = new MmsNewJobReference(sourceId, job.Name);
                string scope = job.Options.Tables == null
                    ? "the whole database " + job.SrcDbName
                    : "database " + job.SrcDbName + ", tables " + string.Join(", ", job.Options.Tables);
                if (!this.ShouldChange("source " + sourceId + ", " + scope, "Create migration job '" + job.Name + "'"))
                {
                    continue;
                }
                try
                {
                    created.Add((target, AwaitOnPipeline(token => Client.CreateJobAsync(sourceId, job, token))));
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
    }
}
