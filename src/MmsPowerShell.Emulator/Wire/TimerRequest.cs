using System.Collections.Generic;
using System.Text.Json;

namespace MmsPowerShell.Emulator
{
    /// <summary>CreateMmsTimer's body: a schedule plus the job each run creates.</summary>
    public sealed class TimerRequest
    {
        public string? Name { get; set; }
        public long? SourceId { get; set; }
        public string? SrcDbName { get; set; }
        public string? ScheduleType { get; set; }
        public string? Value { get; set; }
        public string[]? Tables { get; set; }
        public long[]? Partitions { get; set; }
        public string[]? TableBlackList { get; set; }
        public string[]? TableWhiteList { get; set; }
        public Dictionary<string, string>? PartitionFilters { get; set; }
        public Dictionary<string, string>? TableMapping { get; set; }
        public Dictionary<string, string>? ColumnMapping { get; set; }
        public bool? EnableSchemaMigration { get; set; }
        public bool? EnableDataMigration { get; set; }
        public bool? EnableVerification { get; set; }
        public JsonElement? Others { get; set; }

        /// <summary>The job a run of the timer creates.</summary>
        public JobRequest ToJobRequest(string jobName) => new JobRequest
        {
            Name = jobName, SrcDbName = SrcDbName, Tables = Tables, Partitions = Partitions, TableBlackList = TableBlackList,
            TableWhiteList = TableWhiteList, PartitionFilters = PartitionFilters, TableMapping = TableMapping, ColumnMapping = ColumnMapping,
            EnableSchemaMigration = EnableSchemaMigration, EnableDataMigration = EnableDataMigration, EnableVerification = EnableVerification, Others = Others,
        };

        public TimerConfig ToConfig() => new TimerConfig(
            ColumnMapping, EnableDataMigration, EnableSchemaMigration, EnableVerification, Others, PartitionFilters, Partitions,
            TableBlackList, TableMapping, TableWhiteList, Tables);
    }
}
