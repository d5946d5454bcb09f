namespace MmsPowerShell.Core.Models
{
    /// <summary>A table of a migration run whose task ended failed, with the last line of that task's log.</summary>
    public sealed class MmsMigrationFailedTable
    {
        public long SourceId { get; set; }

        public string DbName { get; set; } = "";

        public string TableName { get; set; } = "";

        public long JobId { get; set; }

        public long TaskId { get; set; }

        public string Status { get; set; } = "";

        /// <summary>The last log line of the failed task, as the service wrote it (untrusted text).</summary>
        public string? Message { get; set; }

        public override string ToString() => DbName + "." + TableName + " (" + Status + ")";
    }
}
