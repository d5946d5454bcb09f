using System.Collections.Concurrent;

namespace MmsPowerShell.Emulator
{
    // Data sources and databases, derived from the demo tables so their counters always agree.

    public sealed record DemoDataSource(
        long Id, string Name, string Type, string Region, string Status, string? ErrMsg, bool AgentIsOnline,
        string CreateTime, string LastUpdateTime, string Networklink, string DstProject, string[] DstProjects, long ScanId,
        int DbNum, int TableNum, int PartitionNum, int TablesDoingNum, int TablesDoneNum, int TablesFailedNum, int TablesPartDoneNum,
        int PartitionsDoingNum, int PartitionsDoneNum, int PartitionsFailedNum, string ScanStatus);

    public sealed record DemoDatabase(
        long Id, string Name, string Description, string DstName, string DstProjectName, string Extra, string LastDdlTime,
        string Location, string Owner, long NumRows, long Size, long SourceId, string SourceName, string Status, bool Updated,
        int Tables, int TablesDoing, int TablesDone, int TablesFailed, int TablesPartDone,
        int Partitions, int PartitionsDoing, int PartitionsDone, int PartitionsFailed, string CreateTime, string UpdateTime, bool Deleted);

    /// <summary>
    /// Computed from the tables on every read, so counters and rollups follow migrations as they run; plus the
    /// sources created, renamed or deleted through the API and the databases' edited targets (UpdateMmsDb).
    /// </summary>
    public sealed class DemoCatalog
    {
        private readonly TableStore _tables;
        private readonly DataSourceStore _sources;
        private readonly LatestScans _scans;
        private readonly ConcurrentDictionary<(long Source, long Db), DbTarget> _dbTargets = new ConcurrentDictionary<(long, long), DbTarget>();

        public DemoCatalog(TableStore tables, DataSourceStore sources, LatestScans scans)
        {
            _tables = tables;
            _sources = sources;
            _scans = scans;
        }

        /// <summary>The scan the demo data says each seeded source last had (finished, SCAN_DONE); created sources have none.</summary>
        public static long SeededScanId(long sourceId) => sourceId * 10;

        /// <summary>A database's target as UpdateMmsDb set it.</summary>
        private sealed record DbTarget(string DstProjectName, string DstName);

        /// <summary>A data source that has been scanned but holds no tables.</summary>
        public static readonly DemoDataSource EmptySource = new DemoDataSource(
            2000099, "empty_source", "HIVE", "cn-zhangjiakou", "INIT", null, false, "2024-12-01 09:00:00", "2024-12-01 09:00:00",
            "vpc-mma-2000099", "mma_empty", new[] { "mma_empty" }, SeededScanId(2000099), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "DONE");

        public IReadOnlyList<DemoDataSource> DataSources
        {
            get
            {
                var derived = _tables.Tables.GroupBy(t => t.SourceId).Select(g => DataSource(g.ToList(), g.Select(t => t.DbId).Distinct().Count())).ToList();
                return derived.Concat(_sources.Created.Append(EmptySource).Where(s => derived.All(d => d.Id != s.Id)))
                    .Where(s => !_sources.IsDeleted(s.Id))
                    .Select(s => _sources.NameOf(s.Id) is string name ? s with { Name = name } : s)
                    .Select(s => _scans.TryGet(s.Id, out var latest) ? s with { ScanId = latest.ScanId, ScanStatus = latest.Status } : s)
                    .OrderBy(s => s.Id).ToList();
            }
        }

        public IReadOnlyList<DemoDatabase> Databases =>
            _tables.Tables.GroupBy(t => (t.SourceId, t.DbId)).Select(g => Database(g.ToList()))
                .Select(d => _dbTargets.TryGetValue((d.SourceId, d.Id), out DbTarget? target) ? d with { DstProjectName = target.DstProjectName, DstName = target.DstName } : d)
                .OrderBy(d => d.SourceId).ThenBy(d => d.Id).ToList();

        /// <summary>UpdateMmsDb: the target project and schema; null or empty keeps what is there.</summary>
        public void SetDbTarget(DemoDatabase db, string? dstProjectName, string? dstName) =>
            _dbTargets[(db.SourceId, db.Id)] = new DbTarget(
                string.IsNullOrEmpty(dstProjectName) ? db.DstProjectName : dstProjectName, string.IsNullOrEmpty(dstName) ? db.DstName : dstName);

        public DemoDataSource? FindSource(long sourceId) => DataSources.FirstOrDefault(s => s.Id == sourceId) ?? PlanningSource(sourceId);

        /// <summary>
        /// The generated planning source (DemoDataSet.PlanningSourceId), found by id so that the job operations answer for it;
        /// not in the listing, whose counters are computed from stored tables. The bulk source has none: its tables are all it serves.
        /// </summary>
        private DemoDataSource? PlanningSource(long sourceId)
        {
            if (sourceId != DemoDataSet.PlanningSourceId || _sources.IsDeleted(sourceId))
            {
                return null;
            }
            int tables = (int)DemoDataSet.PlanningTableCount;
            return new DemoDataSource(
                sourceId, "bulk_plan", "HIVE", "cn-zhangjiakou", "INIT", null, true, "2024-01-01 00:00:00", "2024-01-01 00:00:00",
                "vpc-mma-" + sourceId, "mma_bulk_plan", new[] { "mma_bulk_plan" }, SeededScanId(sourceId), 1, tables, 0, 0, 0, 0, 0, 0, 0, 0, "DONE");
        }

        /// <summary>A seeded source (not one created through the API) that still exists: it had a scan before the emulator started.</summary>
        public bool HasSeededScan(long sourceId) => FindSource(sourceId) != null && _sources.Created.All(c => c.Id != sourceId);

        /// <summary>The migration state of a group: failed beats partial, partial beats doing, doing beats init.</summary>
        private static string Rollup(IReadOnlyCollection<DemoTable> tables)
        {
            if (tables.All(t => t.Status == "DONE")) return "DONE";
            if (tables.Any(t => t.Status == "FAILED")) return "FAILED";
            if (tables.Any(t => t.Status == "PART_DONE")) return "PART_DONE";
            if (tables.Any(t => t.Status == "DOING" || t.Status == "DONE")) return "DOING";
            return "INIT";
        }

        private static DemoDatabase Database(List<DemoTable> tables)
        {
            DemoTable first = tables[0];
            return new DemoDatabase(
                first.DbId, first.DbName, first.DbName + " database\n", first.DbName, DemoDataSet.SeededDbTarget(first.SourceId, first.DbName), "{}",
                tables.Select(t => t.LastDdlTime.Trim()).OrderByDescending(t => t, StringComparer.Ordinal).First(), "hdfs://warehouse/" + first.DbName + ".db\n", "hive\n",
                tables.Sum(t => t.NumRows), tables.Sum(t => t.Size), first.SourceId, first.SourceName, Rollup(tables), false,
                tables.Count, Count(tables, "DOING"), Count(tables, "DONE"), Count(tables, "FAILED"), Count(tables, "PART_DONE"),
                tables.Sum(t => t.Partitions), tables.Sum(t => t.PartitionsDoing), tables.Sum(t => t.PartitionsDone), tables.Sum(t => t.PartitionsFailed),
                "2024-08-01 09:00:00", "2024-12-17 16:00:00\n", false);
        }

        private static DemoDataSource DataSource(List<DemoTable> tables, int dbCount)
        {
            DemoTable first = tables[0];
            return new DemoDataSource(
                first.SourceId, first.SourceName, "HIVE", "cn-zhangjiakou", Rollup(tables), null, true,
                "2024-08-01 09:00:00", "2024-12-17 16:00:00\n", "vpc-mma-" + first.SourceId, "mma_" + first.SourceName,
                new[] { "mma_" + first.SourceName }, SeededScanId(first.SourceId),
                dbCount, tables.Count, tables.Sum(t => t.Partitions), Count(tables, "DOING"), Count(tables, "DONE"), Count(tables, "FAILED"),
                Count(tables, "PART_DONE"), tables.Sum(t => t.PartitionsDoing), tables.Sum(t => t.PartitionsDone), tables.Sum(t => t.PartitionsFailed),
                "DONE");
        }

        private static int Count(IEnumerable<DemoTable> tables, string status) => tables.Count(t => t.Status == status);
    }
}
