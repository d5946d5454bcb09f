namespace MmsPowerShell.Core.Models
{
    /// <summary>
    /// An asynchronous task of the service (GetMmsAsyncTask): CreateMmsJob answers one instead of a job, and
    /// UpdateMmsDataSource one for a connection test. Poll until Running is false; ObjectId is then the object made.
    /// </summary>
    public sealed partial class MmsAsyncTask
    {
        public long SourceId { get; internal set; }

        public long AsyncTaskId { get; internal set; }

        /// <summary>e.g. TASK_CREATE (job creation) or STOP_JOB.</summary>
        public string? Type { get; internal set; }

        /// <summary>The id of the object the task is about, e.g. the new job; 0 until known.</summary>
        public long ObjectId { get; internal set; }

        public string? Status { get; internal set; }

        public bool Running { get; internal set; }

        public int Progress { get; internal set; }

        public string? Result { get; internal set; }

        public string? ErrorMessage { get; internal set; }

        public DateTime? CreateTime { get; internal set; }

        public string? CreateTimeText { get; internal set; }

        public DateTime? StartTime { get; internal set; }

        public string? StartTimeText { get; internal set; }

        public DateTime? EndTime { get; internal set; }

        public string? EndTimeText { get; internal set; }

        public string? RequestId { get; internal set; }

        /// <summary>
        /// Ended without success: a FAILED status, or an error message. No full status list is published, so an error
        /// message counts even with another status.
        /// </summary>
        public bool Failed => !Running && (ErrorMessage != null || string.Equals(Status, MmsJobStatus.Failed, StringComparison.OrdinalIgnoreCase));

        public override string ToString() => "async task " + AsyncTaskId + " (" + Type + ", " + Status + ")";
    }
}
