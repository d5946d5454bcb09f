namespace MmsPowerShell.Core.Models
{
    /// <summary>
    /// One migration run (Invoke-MmsMigration): its plan, its jobs and where it stands. Built from the service (the
    /// truth) and the run's ledger (a cache); Export-MmsMigrationReport draws it. Statuses are words and times are
    /// DateTimeOffset, so ConvertTo-Json writes readable text and ISO 8601.
    /// </summary>
    public sealed class MmsMigrationRun
    {
        public string Name { get; set; } = "";

        public long SourceId { get; set; }

        public DateTimeOffset? StartTime { get; set; }

        public DateTimeOffset? EndTime { get; set; }

        /// <summary>Running while the run is live; Done or Failed when it ended (see <see cref="MmsMigrationRunState"/>).</summary>
        public string State { get; set; } = MmsMigrationRunState.Running;

        public MmsList<MmsMigrationRunJob> Jobs { get; set; } = MmsList<MmsMigrationRunJob>.None;

        public int TablesPlanned { get; set; }

        public int TablesDone { get; set; }

        public int TablesFailed { get; set; }

        public MmsList<MmsMigrationFailedTable> FailedTables { get; set; } = MmsList<MmsMigrationFailedTable>.None;

        public long BytesPlanned { get; set; }

        public long BytesDone { get; set; }

        /// <summary>The ledger file the run keeps (full path).</summary>
        public string? StatePath { get; set; }

        /// <summary>The options the run was started with, as text (parameter name to value), for reports and reruns.</summary>
        public MmsList<MmsMigrationSetting> Settings { get; set; } = MmsList<MmsMigrationSetting>.None;

        public override string ToString() => "migration run '" + Name + "' (source " + SourceId + ", " + State + ")";
    }

    /// <summary>The words <see cref="MmsMigrationRun.State"/> takes.</summary>
    public static class MmsMigrationRunState
    {
        public const string Running = "Running";
        public const string Done = "Done";
        public const string Failed = "Failed";
    }

    /// <summary>One option a run was started with (e.g. TablesPerJob = 100).</summary>
    public sealed class MmsMigrationSetting
    {
        public MmsMigrationSetting(string name, string value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public string Value { get; }

        public override string ToString() => Name + "=" + Value;
    }
}
