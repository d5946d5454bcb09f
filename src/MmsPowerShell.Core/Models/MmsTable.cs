using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Models
{
    /// <summary>A table of an MMA data source and its migration state, as GetMmsTable returns it, cleaned and typed.</summary>
    public sealed partial class MmsTable
    {
        public long SourceId { get; internal set; }

        public string? SourceName { get; internal set; }

        public long DbId { get; internal set; }

        public string? DbName { get; internal set; }

        public long TableId { get; internal set; }

        public string? Name { get; internal set; }

        /// <summary>INIT, DOING, DONE, PART_DONE or FAILED as the service writes it; a state newer than this module as sent.</summary>
        public string? Status { get; internal set; }

        public string? Type { get; internal set; }

        public string? Comment { get; internal set; }

        /// <summary>The table name as the schema object states it (schema.name).</summary>
        public string? SchemaTableName { get; internal set; }

        public string? DestinationProject { get; internal set; }

        public string? DestinationSchema { get; internal set; }

        public string? DestinationName { get; internal set; }

        /// <summary>
        /// The job that last ran this table (its latest task that started), when read with Get-MmsTable -IncludeLastTask;
        /// null when none ran it or it was not read.
        /// </summary>
        public long? LastJobId { get; internal set; }

        /// <summary>The status of the table's latest task that started (e.g. DONE, DATA_FAILED), with -IncludeLastTask.</summary>
        public string? LastTaskStatus { get; internal set; }

        /// <summary>
        /// Where the table's latest task put it (that task's dstDbName), with -IncludeLastTask. It differs from
        /// DestinationProject (where the table's next job goes) when a job was sent elsewhere with -DestinationProject.
        /// </summary>
        public string? LastDestinationProject { get; internal set; }

        public bool HasPartitions { get; internal set; }

        /// <summary>Number of partitions of the table (not partition-key columns; those are in PartitionKeys).</summary>
        public int PartitionCount { get; internal set; }

        public int PartitionsDoing { get; internal set; }

        public int PartitionsDone { get; internal set; }

        public int PartitionsFailed { get; internal set; }

        public MmsList<MmsTableColumn> Columns { get; internal set; } = MmsList<MmsTableColumn>.None;

        /// <summary>The partition-key columns, in key order.</summary>
        public MmsList<MmsTableColumn> PartitionKeys { get; internal set; } = MmsList<MmsTableColumn>.None;

        /// <summary>Data size in bytes.</summary>
        /// <summary>Bytes; null when the service does not know (Hive reports -1).</summary>
        public long? Size { get; internal set; }

        /// <summary>Rows; null when the service does not know (Hive reports -1).</summary>
        public long? NumRows { get; internal set; }

        /// <summary>Whether the source metadata changed since the last scan (the service's "updated").</summary>
        public bool MetadataUpdated { get; internal set; }

        /// <summary>lastDdlTime as a DateTime in the service's local time (the service sends no zone).</summary>
        public DateTime? LastDdlTime { get; internal set; }

        public string? LastDdlTimeText { get; internal set; }

        public string? Owner { get; internal set; }

        public string? Location { get; internal set; }

        public string? InputFormat { get; internal set; }

        public string? OutputFormat { get; internal set; }

        public string? Serde { get; internal set; }

        /// <summary>
        /// The "extra" storage properties, parsed from <see cref="ExtraText"/> the first time they are read: a listing
        /// that never looks at them (a million tables summed up by Measure-MmsMigration) parses no JSON for them.
        /// </summary>
        public MmsPropertyMap Extra => _extra ?? (_extra = WireValues.ParseObjectInString(ExtraText));

        public string? ExtraText { get; internal set; }

        public string? RequestId { get; internal set; }

        public override string ToString() => DbName + "." + Name;

        private MmsPropertyMap? _extra;
    }
}
