namespace MmsPowerShell.Core.Models
{
    // The properties the default views (module/*.Format.ps1xml) label their columns with, so that whatever a view
    // shows can be selected by the name it shows: `$t | Format-List Table, Destination, Partitions`,
    // `Sort-Object Failed`. Short names that read better than the wire's are aliases of the full property;
    // composed ones ("done/all") are text built from the counters, which stay on the object as numbers.

    public sealed partial class MmsTable
    {
        /// <summary>db.table, as the views show it.</summary>
        public string Table => DbName + "." + Name;

        /// <summary>project.schema.name the table's next job goes to (the parts that are set).</summary>
        public string Destination => ViewText.Dotted(DestinationProject, DestinationSchema, DestinationName);

        /// <summary>Partitions done of all ("500/720"), or "-" for a table without partitions.</summary>
        public string Parts => HasPartitions ? ViewText.DoneOf(PartitionsDone, PartitionCount) : "-";

        /// <summary>Partitions failed (<see cref="PartitionsFailed"/>).</summary>
        public int Failed => PartitionsFailed;

        /// <summary>"720 total: 500 done, 0 doing, 220 failed", or "not partitioned".</summary>
        public string Partitions => HasPartitions
            ? string.Format(CultureInfo.InvariantCulture, "{0} total: {1} done, {2} doing, {3} failed",
                PartitionCount, PartitionsDone, PartitionsDoing, PartitionsFailed)
            : "not partitioned";
    }

    public sealed partial class MmsTableColumn
    {
        /// <summary>db.table the column belongs to.</summary>
        public string Table => DbName + "." + TableName;

        /// <summary>Whether the column is a partition key (<see cref="IsPartitionKey"/>).</summary>
        public bool PartitionKey => IsPartitionKey;
    }

    public sealed partial class MmsPartition
    {
        /// <summary>db.table the partition belongs to.</summary>
        public string Table => DbName + "." + TableName;

        /// <summary>Rows (<see cref="NumRows"/>).</summary>
        public long? Rows => NumRows;
    }

    public sealed partial class MmsDataSource
    {
        /// <summary>Databases (<see cref="DatabaseCount"/>).</summary>
        public int Dbs => DatabaseCount;

        /// <summary>Tables done of all ("3/8").</summary>
        public string Tables => ViewText.DoneOf(TablesDone, TableCount);

        /// <summary>Tables failed (<see cref="TablesFailed"/>).</summary>
        public int Failed => TablesFailed;

        /// <summary>"online" or "offline" (<see cref="AgentOnline"/>).</summary>
        public string Agent => AgentOnline ? "online" : "offline";
    }

    public sealed partial class MmsDatabase
    {
        /// <summary>Tables done of all ("3/8").</summary>
        public string Tables => ViewText.DoneOf(TablesDone, TableCount);

        /// <summary>Tables failed (<see cref="TablesFailed"/>).</summary>
        public int Failed => TablesFailed;
    }

    public sealed partial class MmsMigrationSummary
    {
        /// <summary>The sources summed up (<see cref="SourceIds"/>).</summary>
        public MmsList<long> Sources => SourceIds;

        /// <summary>Rows (<see cref="NumRows"/>).</summary>
        public long Rows => NumRows;
    }

    public sealed partial class MmsJob
    {
        /// <summary>Tasks done of all ("72/100"), as the table view shows them next to the state.</summary>
        public string Tasks => ViewText.DoneOf(TaskDone, TaskNum);

        /// <summary>Tasks done of all and the percentage: "3/5 (60%)".</summary>
        public string Progress => ViewText.DoneOf(TaskDone, TaskNum) + " (" + PercentDone.ToString(CultureInfo.InvariantCulture) + "%)";

        /// <summary>Where the job reads: db.schema (the parts that are set).</summary>
        public string From => ViewText.Dotted(SrcDbName, SrcSchemaName);

        /// <summary>Where the job writes: project.schema (the parts that are set).</summary>
        public string To => ViewText.Dotted(DstDbName, DstSchemaName);

        /// <summary>"sales -> mma_sales": the source database and the destination project.</summary>
        public string Route => SrcDbName + " -> " + DstDbName;
    }

    public sealed partial class MmsTask
    {
        /// <summary>db.table the task migrates.</summary>
        public string Table => SrcDbName + "." + SrcTableName;

        /// <summary>How often the task was retried (<see cref="RetriedTimes"/>).</summary>
        public int Retries => RetriedTimes;
    }

    public sealed partial class MmsAsyncTask
    {
        /// <summary>The error when it failed, else its result.</summary>
        public string? Outcome => ErrorMessage ?? Result;
    }

    public sealed partial class MmsMetadataScan
    {
        /// <summary>The error when it failed, else its result as text.</summary>
        public string? Outcome => ErrorMessage ?? Result?.ToString() ?? ResultText;
    }

    internal static class ViewText
    {
        public static string DoneOf(long done, long all) =>
            done.ToString(CultureInfo.InvariantCulture) + "/" + all.ToString(CultureInfo.InvariantCulture);

        public static string Dotted(params string?[] parts) => string.Join(".", parts.Where(part => !string.IsNullOrEmpty(part)));
    }
}
