using System.Collections.Generic;
using System.Text.Json;

namespace MmsPowerShell.Emulator
{
    /// <summary>CreateMmsJob's JSON body; every field is optional on the wire.</summary>
    public sealed class JobRequest
    {
        public long? SourceId { get; set; }
        public string? SourceName { get; set; }
        public string? Name { get; set; }
        public string? SrcDbName { get; set; }
        public string? SrcSchemaName { get; set; }
        public string? DstDbName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? TaskType { get; set; }
        public string[]? Tables { get; set; }
        public long[]? Partitions { get; set; }
        public string[]? TableBlackList { get; set; }
        public string[]? TableWhiteList { get; set; }
        public Dictionary<string, string>? PartitionFilters { get; set; }
        public Dictionary<string, string>? TableMapping { get; set; }
        public Dictionary<string, string>? ColumnMapping { get; set; }
        public bool? SchemaOnly { get; set; }
        public bool? Increment { get; set; }
        public bool? EnableSchemaMigration { get; set; }
        public bool? EnableDataMigration { get; set; }
        public bool? EnableVerification { get; set; }
        public string? Eta { get; set; }
        public JsonElement? Others { get; set; }

        /// <summary>What GetMmsJob echoes as config: the fields as sent (nulls for those not sent).</summary>
        public JobConfig ToConfig() => new JobConfig(
            ColumnMapping, EnableVerification, Increment, Others, PartitionFilters, Partitions, SchemaOnly,
            TableBlackList, TableWhiteList, Tables, TableMapping, TaskType, TunnelQuota: null);
    }
}
