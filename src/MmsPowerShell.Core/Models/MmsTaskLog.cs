namespace MmsPowerShell.Core.Models
{
    /// <summary>One step a migration task took (ListMmsTaskLogs): the state it entered, what it did, and the message.</summary>
    public sealed class MmsTaskLog
    {
        public long SourceId { get; internal set; }

        public long TaskId { get; internal set; }

        public long LogId { get; internal set; }

        public string? Status { get; internal set; }

        /// <summary>The step performed, e.g. "copy data" or the SQL text of "create schema".</summary>
        public string? Action { get; internal set; }

        /// <summary>The service's message, e.g. the error that failed the step.</summary>
        public string? Message { get; internal set; }

        public DateTime? CreateTime { get; internal set; }

        public string? CreateTimeText { get; internal set; }

        public string? RequestId { get; internal set; }

        public override string ToString() => CreateTimeText + " " + Status + " " + Action + ": " + Message;
    }
}
