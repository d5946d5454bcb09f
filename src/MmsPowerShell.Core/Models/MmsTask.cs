namespace MmsPowerShell.Core.Models
{
    /// <summary>A migration task: one table (or its partitions) of a job, as GetMmsTask returns it, cleaned and typed.</summary>
    public sealed partial class MmsTask
    {
        public long SourceId { get; internal set; }

        public string? SourceName { get; internal set; }

        public long TaskId { get; internal set; }

        public long JobId { get; internal set; }

        public string? JobName { get; internal set; }

        public long DbId { get; internal set; }

        public long TableId { get; internal set; }

        public string? SrcDbName { get; internal set; }

        public string? SrcSchemaName { get; internal set; }

        public string? SrcTableName { get; internal set; }

        public string? DstDbName { get; internal set; }

        public string? DstSchemaName { get; internal set; }

        public string? DstTableName { get; internal set; }

        /// <summary>How the data is moved, e.g. HIVE or BIGQUERY.</summary>
        public string? Type { get; internal set; }

        /// <summary>INIT, SCHEMA_DOING … DONE, or a *_FAILED state, as the service sends it (see <see cref="MmsTaskStatus"/>).</summary>
        public string? Status { get; internal set; }

        public bool Running { get; internal set; }

        public bool Stopped { get; internal set; }

        public int RetriedTimes { get; internal set; }

        public DateTime? CreateTime { get; internal set; }

        public string? CreateTimeText { get; internal set; }

        public DateTime? StartTime { get; internal set; }

        public string? StartTimeText { get; internal set; }

        public DateTime? EndTime { get; internal set; }

        public string? EndTimeText { get; internal set; }

        /// <summary>
        /// The message of the task's last log entry: for a failed task, why it failed. Read (one ListMmsTaskLogs per
        /// task) by Get-MmsTask when it lists failed tasks only, or with -IncludeLastMessage; null otherwise.
        /// </summary>
        public string? LastMessage { get; internal set; }

        public string? RequestId { get; internal set; }

        public override string ToString() => "task " + TaskId + " (" + SrcDbName + "." + SrcTableName + ", job " + JobId + ")";
    }
}
