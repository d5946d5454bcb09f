namespace MmsPowerShell.Core.Models
{
    /// <summary>
    /// A scheduled migration (GetMmsTimer/ListMmsTimers), cleaned and typed. The scope and options come only from
    /// GetMmsTimer: a timer from a listing has HasConfig false and empty scope lists.
    /// </summary>
    public sealed class MmsTimer
    {
        public long SourceId { get; internal set; }

        public long TimerId { get; internal set; }

        public string? Name { get; internal set; }

        public long DbId { get; internal set; }

        /// <summary>The source database (the service's srcDbName); named DbName so timers bind to -DbName down the pipeline.</summary>
        public string? DbName { get; internal set; }

        /// <summary>Daily or Hourly, as the service sends it.</summary>
        public string? ScheduleType { get; internal set; }

        /// <summary>HH:mm for Daily, mm for Hourly.</summary>
        public string? ScheduleValue { get; internal set; }

        /// <summary>ScheduleType and ScheduleValue in one readable text, e.g. "Daily 02:30".</summary>
        public string? Schedule { get; internal set; }

        /// <summary>The scope of the timer's jobs: TABLES, PARTITIONS or DATABASE.</summary>
        public string? Type { get; internal set; }

        public bool Stopped { get; internal set; }

        public DateTime? CreateTime { get; internal set; }

        public string? CreateTimeText { get; internal set; }

        public DateTime? UpdateTime { get; internal set; }

        public string? UpdateTimeText { get; internal set; }

        /// <summary>Whether the scope and options below were in the answer (GetMmsTimer has them, ListMmsTimers does not).</summary>
        public bool HasConfig { get; internal set; }

        public IReadOnlyList<string> Tables { get; internal set; } = new string[0];

        public IReadOnlyList<long> Partitions { get; internal set; } = new long[0];

        public IReadOnlyList<string> TableBlackList { get; internal set; } = new string[0];

        public IReadOnlyList<string> TableWhiteList { get; internal set; } = new string[0];

        public IReadOnlyDictionary<string, string> PartitionFilters { get; internal set; } = new Dictionary<string, string>();

        public IReadOnlyDictionary<string, string> TableMapping { get; internal set; } = new Dictionary<string, string>();

        public IReadOnlyDictionary<string, string> ColumnMapping { get; internal set; } = new Dictionary<string, string>();

        public bool? EnableSchemaMigration { get; internal set; }

        public bool? EnableDataMigration { get; internal set; }

        public bool? EnableVerification { get; internal set; }

        /// <summary>The free-form "others" options as the JSON text the service sent.</summary>
        public string? OthersText { get; internal set; }

        /// <summary>The scope in one line (what Export-Csv writes): e.g. "tables: orders, refunds" or "database, without: tmp".</summary>
        public string? Scope { get; internal set; }

        public string? RequestId { get; internal set; }

        public override string ToString() => Name + " (" + TimerId + ")";
    }
}
