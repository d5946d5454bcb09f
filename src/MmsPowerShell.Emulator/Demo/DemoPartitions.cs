namespace MmsPowerShell.Emulator
{
    public sealed record DemoPartition(
        long Id, long DbId, long TableId, string DbName, string TableName, string Value, long SourceId, string SourceName,
        long Size, long NumRows, bool Updated, string LastDdlTime, string Status,
        string DstProjectName, string DstSchemaName, string DstTableName, string DstValue);

    /// <summary>
    /// Partitions of the demo tables, generated on demand: partition n of table t has id t * 100000 + n; the
    /// first PartitionsDone are DONE, then DOING, then FAILED, the rest INIT, matching the table's counters.
    /// </summary>
    public static class DemoPartitions
    {
        private const long IdsPerTable = 100_000;

        /// <summary>The table a partition id belongs to.</summary>
        public static long TableIdOf(long partitionId) => partitionId / IdsPerTable;

        public static IEnumerable<DemoPartition> Of(DemoTable table)
        {
            for (int n = 1; n <= table.Partitions; n++)
            {
                yield return Partition(table, n);
            }
        }

        public static DemoPartition? Find(TableStore tables, long sourceId, long partitionId)
        {
            DemoTable? table = tables.Find(sourceId, TableIdOf(partitionId));
            int n = (int)(partitionId % IdsPerTable);
            return table == null || n < 1 || n > table.Partitions ? null : Partition(table, n);
        }

        private static DemoPartition Partition(DemoTable table, int n)
        {
            string status = n <= table.PartitionsDone ? "DONE"
                : n <= table.PartitionsDone + table.PartitionsDoing ? "DOING"
                : n <= table.PartitionsDone + table.PartitionsDoing + table.PartitionsFailed ? "FAILED"
                : "INIT";
            // One day per partition, or one hour when there is a second key: values are unique per table.
            bool hourly = table.Schema.Partitions.Length > 1;
            DateTime at = new DateTime(2024, 1, 1).AddHours(hourly ? n - 1 : 24 * (n - 1));
            string value = string.Join("/", table.Schema.Partitions.Select((key, level) =>
                key.Name + "=" + (level == 0 ? at.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : at.ToString("HH", CultureInfo.InvariantCulture))));
            long size = table.Partitions == 0 ? 0 : table.Size / table.Partitions;
            long rows = table.Partitions == 0 ? 0 : table.NumRows / table.Partitions;
            return new DemoPartition(
                table.Id * IdsPerTable + n, table.DbId, table.Id, table.DbName, table.Name, value + "\n", table.SourceId, table.SourceName,
                size, rows, n % 7 == 0, table.LastDdlTime, status, table.DstProjectName, table.DstSchemaName, table.DstName, value);
        }
    }
}
