using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The target object of a per-object error. Its public properties bind back to the cmdlets' id parameters
    /// (so <c>$Error.TargetObject | Get-MmsTable</c> retries what failed), and it knows which ErrorId a
    /// "not found" answer about it gets. That id is internal, so it does not show as a property.
    /// </summary>
    public abstract class MmsReference
    {
        internal abstract MmsErrorId NotFoundErrorId { get; }

        /// <summary>
        /// The command that shows whether a change to this object happened, for a state-changing request whose answer
        /// was lost (e.g. "Get-MmsJob -SourceId 2000028 -Name nightly"); null for objects only ever read.
        /// </summary>
        internal virtual string? OutcomeCheck => null;

        /// <summary>
        /// A name as a -Name argument of a check command that finds exactly that name: wildcard characters escaped
        /// (the -Name parameters take wildcards, so 'load[2024]' would match nothing), then single-quoted.
        /// </summary>
        internal static string LiteralNameArgument(string name) => "'" + WildcardPattern.Escape(name).Replace("'", "''") + "'";
    }

    /// <summary>
    /// An object of a data source named by its own id: "source 2000028, job 104". Each type shows SourceId and the id
    /// under the names its cmdlets bind (JobId, TableId, ...), so the target pipes back into them.
    /// </summary>
    public abstract class MmsSourceObjectReference : MmsReference
    {
        private readonly string _noun;
        private readonly string? _readCmdlet;
        private readonly string _idParameter;

        /// <param name="noun">How the object is named in messages, e.g. "job".</param>
        /// <param name="readCmdlet">The cmdlet that reads it by id, for the check command; null when none is told.</param>
        /// <param name="idParameter">That cmdlet's id parameter, e.g. "JobId".</param>
        private protected MmsSourceObjectReference(long sourceId, long id, string noun, string? readCmdlet, string idParameter)
        {
            Source = sourceId;
            Id = id;
            _noun = noun;
            _readCmdlet = readCmdlet;
            _idParameter = idParameter;
        }

        // Each type declares its public SourceId and id itself, so they show in that order (the order of declaration).
        private protected long Source { get; }

        private protected long Id { get; }

        /// <summary>Which object this is: two targets with the same key name the same object.</summary>
        internal (long SourceId, long Id) Key => (Source, Id);

        internal override string? OutcomeCheck => _readCmdlet == null ? null : _readCmdlet + " -SourceId " + Source + " -" + _idParameter + " " + Id;

        public override string ToString() => "source " + Source + ", " + _noun + " " + Id;
    }

    /// <summary>The target object of a per-source error; its SourceId binds back to -SourceId.</summary>
    public sealed class MmsSourceReference : MmsReference
    {
        public MmsSourceReference(long sourceId)
        {
            SourceId = sourceId;
        }

        public long SourceId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        internal override string OutcomeCheck => "Get-MmsDataSource -SourceId " + SourceId;

        public override string ToString() => "data source " + SourceId;
    }

    /// <summary>The target object of a per-database error; its properties bind back to Get-MmsDatabase.</summary>
    public sealed class MmsDatabaseReference : MmsSourceObjectReference
    {
        public MmsDatabaseReference(long sourceId, long dbId)
            : base(sourceId, dbId, "database", "Get-MmsDatabase", nameof(DbId))
        {
        }

        public long SourceId => Source;

        public long DbId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DatabaseNotFound;
    }

    /// <summary>
    /// The target object of a per-table error. Its property names match -SourceId/-TableId, so
    /// <c>$Error.TargetObject | Get-MmsTable</c> retries exactly the tables that failed.
    /// </summary>
    public sealed class MmsTableReference : MmsSourceObjectReference
    {
        public MmsTableReference(long sourceId, long tableId)
            : base(sourceId, tableId, "table", "Get-MmsTable", nameof(TableId))
        {
        }

        public long SourceId => Source;

        public long TableId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.TableNotFound;
    }

    /// <summary>The target object of a per-partition error; its properties bind back to Get-MmsTablePartition.</summary>
    public sealed class MmsPartitionReference : MmsSourceObjectReference
    {
        public MmsPartitionReference(long sourceId, long partitionId)
            : base(sourceId, partitionId, "partition", null, nameof(PartitionId))
        {
        }

        public long SourceId => Source;

        public long PartitionId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.PartitionNotFound;
    }

    /// <summary>
    /// The target object of a per-job error. Its property names match -SourceId/-JobId, so
    /// <c>$Error.TargetObject | Get-MmsJob</c> looks again at exactly the jobs that failed.
    /// </summary>
    public sealed class MmsJobReference : MmsSourceObjectReference
    {
        public MmsJobReference(long sourceId, long jobId)
            : base(sourceId, jobId, "job", "Get-MmsJob", nameof(JobId))
        {
        }

        public long SourceId => Source;

        public long JobId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.JobNotFound;
    }

    /// <summary>The target object of a per-task error; SourceId and TaskId bind back to Get-MmsTask and Get-MmsTaskLog.</summary>
    public sealed class MmsTaskReference : MmsSourceObjectReference
    {
        public MmsTaskReference(long sourceId, long taskId)
            : base(sourceId, taskId, "task", "Get-MmsTask", nameof(TaskId))
        {
        }

        public long SourceId => Source;

        public long TaskId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.TaskNotFound;
    }

    /// <summary>The target object of an error about an asynchronous task (GetMmsAsyncTask).</summary>
    public sealed class MmsAsyncTaskReference : MmsSourceObjectReference
    {
        public MmsAsyncTaskReference(long sourceId, long asyncTaskId)
            : base(sourceId, asyncTaskId, "async task", null, nameof(AsyncTaskId))
        {
        }

        public long SourceId => Source;

        public long AsyncTaskId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.AsyncTaskNotFound;

        /// <summary>The command that reads the task again (a task is never changed, so it is no <see cref="MmsReference.OutcomeCheck"/>).</summary>
        internal string ReadCommand => "Get-MmsAsyncTask -SourceId " + SourceId + " -AsyncTaskId " + AsyncTaskId;
    }

    /// <summary>The target object of a per-timer error; SourceId and TimerId bind back to the timer cmdlets.</summary>
    public sealed class MmsTimerReference : MmsSourceObjectReference
    {
        public MmsTimerReference(long sourceId, long timerId)
            : base(sourceId, timerId, "timer", "Get-MmsTimer", nameof(TimerId))
        {
        }

        public long SourceId => Source;

        public long TimerId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.TimerNotFound;
    }

    /// <summary>
    /// The target of an error while running a timer: the timer, and the jobs of its runs as what to check (a run that
    /// happened shows as a job of the timer, so the check command is Get-MmsJob -TimerId).
    /// </summary>
    public sealed class MmsTimerRunReference : MmsSourceObjectReference
    {
        public MmsTimerRunReference(long sourceId, long timerId)
            : base(sourceId, timerId, "timer", "Get-MmsJob", nameof(TimerId))
        {
        }

        public long SourceId => Source;

        public long TimerId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.TimerNotFound;
    }

    /// <summary>The target object of a per-scan error; SourceId and ScanId bind back to Get-MmsMetadataScan.</summary>
    public sealed class MmsScanReference : MmsSourceObjectReference
    {
        public MmsScanReference(long sourceId, long scanId)
            : base(sourceId, scanId, "scan", "Get-MmsMetadataScan", nameof(ScanId))
        {
        }

        public long SourceId => Source;

        public long ScanId => Id;

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.ScanNotFound;
    }

    /// <summary>The target object of an error about a database named by -DbName; SourceId and DbName bind back by property name.</summary>
    public sealed class MmsDatabaseNameReference : MmsReference
    {
        public MmsDatabaseNameReference(long sourceId, string dbName)
        {
            SourceId = sourceId;
            DbName = dbName;
        }

        public long SourceId { get; }

        public string DbName { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DatabaseNotFound;

        public override string ToString() => "source " + SourceId + ", database '" + DbName + "'";

        /// <summary>The error for a database name the source does not have, given as <paramref name="parameterName"/>.</summary>
        internal ErrorRecord NotFoundError(string parameterName) =>
            ErrorRecords.Create(NotFoundErrorId, this + " was not found.", this,
                "List the databases with Get-MmsDatabase -SourceId " + SourceId + " (-" + parameterName + " completes them).");
    }

    /// <summary>
    /// The target of an error while starting a metadata scan: the source and the scope asked for. Its properties
    /// bind back to Start-MmsMetadataScan, so <c>$Error.TargetObject | Start-MmsMetadataScan</c> asks again.
    /// </summary>
    public sealed class MmsScanStartReference : MmsReference
    {
        public MmsScanStartReference(long sourceId, string? dbName)
        {
            SourceId = sourceId;
            DbName = dbName;
        }

        public long SourceId { get; }

        public string? DbName { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        /// <summary>The source's ScanId and ScanStatus show its latest scan.</summary>
        internal override string OutcomeCheck => "Get-MmsDataSource -SourceId " + SourceId + " | Get-MmsMetadataScan";

        public override string ToString() => "data source " + SourceId + (DbName == null ? string.Empty : ", database " + DbName);
    }

    /// <summary>
    /// The target of an error about a job being created, which has no id yet: its source and name, which is how
    /// Get-MmsJob finds it (-SourceId, -Name). The only object CreateMmsJob can miss is the data source.
    /// </summary>
    public sealed class MmsNewJobReference : MmsReference
    {
        public MmsNewJobReference(long sourceId, string name)
        {
            SourceId = sourceId;
            Name = name;
        }

        public long SourceId { get; }

        public string Name { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        internal override string OutcomeCheck => "Get-MmsJob -SourceId " + SourceId + " -Name " + LiteralNameArgument(Name);

        public override string ToString() => "source " + SourceId + ", new job '" + Name + "'";
    }

    /// <summary>The target of an error while creating a timer: its source and name.</summary>
    public sealed class MmsNewTimerReference : MmsReference
    {
        public MmsNewTimerReference(long sourceId, string name)
        {
            SourceId = sourceId;
            Name = name;
        }

        public long SourceId { get; }

        public string Name { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        internal override string OutcomeCheck => "Get-MmsTimer -SourceId " + SourceId + " -Name " + LiteralNameArgument(Name);

        public override string ToString() => "new timer '" + Name + "' of source " + SourceId;
    }

    /// <summary>The target of an error while creating a data source: its name (which binds to Get-MmsDataSource -Name).</summary>
    public sealed class MmsNewDataSourceReference : MmsReference
    {
        public MmsNewDataSourceReference(string name)
        {
            Name = name;
        }

        public string Name { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        internal override string OutcomeCheck => "Get-MmsDataSource -Name " + LiteralNameArgument(Name);

        public override string ToString() => "new data source '" + Name + "'";
    }

    /// <summary>The target of an error while listing data sources: the list itself, which belongs to no source.</summary>
    public sealed class MmsDataSourceListReference : MmsReference
    {
        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        public override string ToString() => "the data sources";
    }

    /// <summary>The target of an error while listing the config items of a data source type; Type binds back to Get-MmsDataSourceConfigItem.</summary>
    public sealed class MmsConfigItemListReference : MmsReference
    {
        public MmsConfigItemListReference(string type)
        {
            Type = type;
        }

        public string Type { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        public override string ToString() => "the config items of data source type " + Type;
    }
}
