namespace MmsPowerShell.Emulator
{
    /// <summary>CreateMmsTimer's body: a schedule plus the scope of the job each run creates.</summary>
    public sealed class TimerRequest : MigrationScopeRequest
    {
        public string? ScheduleType { get; set; }
        public string? Value { get; set; }

        /// <summary>The job a run of the timer creates: the timer's scope under the run's name.</summary>
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
