namespace MmsPowerShell.Emulator
{
    /// <summary>CreateMmsJob's JSON body; every field is optional on the wire.</summary>
    public sealed class JobRequest : MigrationScopeRequest
    {
        public string? SourceName { get; set; }
        public string? SrcSchemaName { get; set; }
        public string? DstDbName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? TaskType { get; set; }
        public bool? SchemaOnly { get; set; }
        public bool? Increment { get; set; }
        public string? Eta { get; set; }

        /// <summary>What GetMmsJob echoes as config: the fields as sent (nulls for those not sent).</summary>
        public JobConfig ToConfig() => new JobConfig(
            ColumnMapping, EnableVerification, Increment, Others, PartitionFilters, Partitions, SchemaOnly,
            TableBlackList, TableWhiteList, Tables, TableMapping, TaskType, TunnelQuota: null);
    }
}
