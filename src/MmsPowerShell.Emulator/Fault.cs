namespace MmsPowerShell.Emulator
{
    /// <summary>A fault to inject, as posted to /_emulator/faults. Absent ids match any table.</summary>
    public sealed class Fault
    {
        public int Id { get; set; }
        public long? SourceId { get; set; }
        public long? TableId { get; set; }

        /// <summary>Matches only table ids divisible by this (e.g. 10: every tenth id).</summary>
        public long? TableIdModulo { get; set; }

        /// <summary>error, html, truncated, nulldata, wrongtypes, delay, reset, hang, largebody or samepage (list operations answer page 1 whatever is asked).</summary>
        public string Kind { get; set; } = "error";
        public int Status { get; set; } = 503;
        public string Code { get; set; } = "ServiceUnavailable";
        public string Message { get; set; } = "The request has failed due to a temporary failure of the server.";

        /// <summary>How many requests this fault hits; 0 means every one.</summary>
        public int Times { get; set; }
        public int DelayMs { get; set; }
        public int? RetryAfterMs { get; set; }

        public bool Matches(long sourceId, long tableId) =>
            (SourceId == null || SourceId == sourceId) && (TableId == null || TableId == tableId) &&
            (TableIdModulo == null || TableIdModulo <= 0 || tableId % TableIdModulo == 0);
    }
}
