namespace MmsPowerShell.Core.Models
{
    /// <summary>One entry of a timer's log (ListMmsTimerLogs): what the timer did and when.</summary>
    public sealed class MmsTimerLog
    {
        public long SourceId { get; internal set; }

        /// <summary>The timer the entry belongs to (from the request: the service does not repeat it).</summary>
        public long TimerId { get; internal set; }

        public long LogId { get; internal set; }

        public string? Status { get; internal set; }

        public string? Action { get; internal set; }

        public string? Message { get; internal set; }

        public DateTime? CreateTime { get; internal set; }

        public string? CreateTimeText { get; internal set; }

        public string? RequestId { get; internal set; }

        public override string ToString() => CreateTimeText + " " + Action + ": " + Message;
    }
}
