namespace MmsPowerShell.Emulator
{
    /// <summary>A fault to inject, as posted to /_emulator/faults. Absent filters match anything.</summary>
    public sealed class Fault
    {
        /// <summary>Fails migration tasks at their data step instead of answering a request differently.</summary>
        public const string JobFailKind = "jobfail";

        public int Id { get; set; }

        /// <summary>The operation name (x-acs-action), e.g. CreateMmsJob.</summary>
        public string? Action { get; set; }
        public long? SourceId { get; set; }

        /// <summary>The second id in the request's path: a table, partition, db, job, task, timer, scan or async task id.
        /// For jobfail, the task's table id.</summary>
        public long? TableId { get; set; }

        /// <summary>Matches only (second path) ids divisible by this (e.g. 10: every tenth id).</summary>
        public long? TableIdModulo { get; set; }

        /// <summary>For jobfail only: the job whose tasks fail.</summary>
        public long? JobId { get; set; }

        /// <summary>error, html, truncated, nulldata, wrongtypes, hostile (control characters and escape sequences in every
        /// text of a GetMmsTable answer), hostileerror (the same in an error body), wrongid (an answer about the next table id),
        /// bom (a byte order mark before the JSON), errorin200 (a gateway error body with HTTP 200), unknowncounts (Hive's -1
        /// for numRows and size), smallpages (ListMmsTables caps pages at 25 items, below what a client asks), delay, reset, hang, largebody, samepage (list operations
        /// answer page 1 whatever is asked), lostanswer (the request takes effect, then the connection drops before the
        /// answer), failedafter / garbledafter / nodataafter (the request takes effect, then the answer is an error with
        /// Status/Code/Message, a cut-off 200 body, or a 200 without data), echobody (a 400 whose message quotes the
        /// request body), jobstate (GetMmsJob and ListMmsJobs report the status Code, e.g. PAUSED), field (the real answer
        /// with <see cref="Field"/> set to <see cref="Value"/>: a listing's total, or a field of the object or of its items), donewitherror (a finished GetMmsAsyncTask answer that names
        /// its object says DONE with Message as its error) or jobfail (matching
        /// migration tasks fail at their data step).</summary>
        public string Kind { get; set; } = "error";
        public int Status { get; set; } = 503;
        public string Code { get; set; } = "ServiceUnavailable";
        public string Message { get; set; } = "The request has failed due to a temporary failure of the server.";

        /// <summary>How many requests (for jobfail: task failures) this fault hits; 0 means every one.</summary>
        public int Times { get; set; }

        /// <summary>How many matching requests pass untouched before the fault starts to hit (e.g. 1: the second listing fails, not the first).</summary>
        public int Skip { get; set; }
        public int DelayMs { get; set; }

        /// <summary>For field: the answer field to rewrite, e.g. total, taskDone, status, name, id or taskId.</summary>
        public string? Field { get; set; }

        /// <summary>For field: the value to write, as JSON text (-3, "", null, 1e30, 5).</summary>
        public string? Value { get; set; }

        /// <summary>For field on a list of items: rewrites every n-th item from the first (1, the default: every item).</summary>
        public int Every { get; set; } = 1;
        public int? RetryAfterMs { get; set; }

        public bool IsJobFail => Kind == JobFailKind;

        public bool Matches(string action, long sourceId, long id) =>
            !IsJobFail && (Action == null || string.Equals(Action, action, StringComparison.OrdinalIgnoreCase)) &&
            (SourceId == null || SourceId == sourceId) && (TableId == null || TableId == id) &&
            (TableIdModulo == null || TableIdModulo <= 0 || id % TableIdModulo == 0);

        public bool FailsTask(long sourceId, long jobId, long tableId) =>
            IsJobFail && (SourceId == null || SourceId == sourceId) && (JobId == null || JobId == jobId) && (TableId == null || TableId == tableId);
    }
}
