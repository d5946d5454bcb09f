namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// Metadata scans. A scan that ends well adds tables to the database it scanned (the whole source's first
    /// database when none is named): the tables named in tableNames that do not exist yet, or, without tableNames,
    /// two new ones, new_events_{scanId} and failover_log_{scanId} (whose name makes its first migration fail).
    /// </summary>
    public sealed class ScanStore : ISimulated
    {
        private readonly EmulatorSettings _settings;
        private readonly TableStore _tables;
        private readonly DemoCatalog _catalog;
        private readonly LatestScans _latest;
        private readonly object _lock = new object();
        private readonly Dictionary<long, MetadataScan> _scans = new Dictionary<long, MetadataScan>();
        private readonly IdSequence _ids = new IdSequence(30001);

        public ScanStore(EmulatorSettings settings, TableStore tables, DemoCatalog catalog, LatestScans latest)
        {
            _settings = settings;
            _tables = tables;
            _catalog = catalog;
            _latest = latest;
        }

        public long Start(long sourceId, ScanRequest request)
        {
            lock (_lock)
            {
                DateTime now = DateTime.UtcNow;
                var scan = new MetadataScan(_ids.Next(), sourceId, request, now, now + _settings.Scan);
                _scans.Add(scan.Id, scan);
                _latest.Record(sourceId, scan.Id, scan.Status);
                return scan.Id;
            }
        }

        public ScanView? Get(long sourceId, long scanId)
        {
            lock (_lock)
            {
                if (_scans.TryGetValue(scanId, out MetadataScan? scan))
                {
                    return scan.SourceId == sourceId ? scan.ToView(DateTime.UtcNow) : null;
                }
            }
            return SeededScan(sourceId, scanId);
        }

        /// <summary>The finished scan a seeded source reports (GetMmsDataSource's scanId), so piping a source into a scan read works.</summary>
        private ScanView? SeededScan(long sourceId, long scanId)
        {
            if (scanId != DemoCatalog.SeededScanId(sourceId) || !_catalog.HasSeededScan(sourceId))
            {
                return null;
            }
            var databases = _catalog.Databases.Where(d => d.SourceId == sourceId).ToList();
            string result = JsonSerializer.Serialize(new { databases = databases.Count, tables = databases.Sum(d => d.Tables), partitions = databases.Sum(d => d.Partitions) });
            return new ScanView(scanId, sourceId, "SCAN_DONE", 10000f, result, null, "2024-12-17 15:00:00", "2024-12-17 15:05:00");
        }

        public void Advance()
        {
            lock (_lock)
            {
                DateTime now = DateTime.UtcNow;
                foreach (MetadataScan scan in _scans.Values.Where(s => s.IsDoing && s.DueAt <= now))
                {
                    Finish(scan);
                }
            }
        }

        private void Finish(MetadataScan scan)
        {
            var dbs = _catalog.Databases.Where(d => d.SourceId == scan.SourceId).ToList();
            string? dbName = scan.Request.DbName;
            if (!string.IsNullOrEmpty(dbName))
            {
                dbs = dbs.Where(d => d.Name == dbName).ToList();
                if (dbs.Count == 0)
                {
                    scan.Finish(null, "Database " + dbName + " not found in the metastore of data source " + scan.SourceId + ".");
                    _latest.Record(scan.SourceId, scan.Id, scan.Status);
                    return;
                }
            }
            if (dbs.Count > 0)
            {
                DemoDatabase db = dbs[0];
                var existing = _tables.Tables.Where(t => t.SourceId == scan.SourceId && t.DbId == db.Id).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
                string[] found = scan.Request.TableNames is { Length: > 0 } named ? named : new[] { "new_events_" + scan.Id, "failover_log_" + scan.Id };
                foreach (string name in found.Where(n => !existing.Contains(n)).Distinct())
                {
                    _tables.Add(DemoDataSet.Discovered(db, _tables.NextTableId(scan.SourceId), name, EmulatorTime.Local(scan.DueAt)));
                }
            }
            var scanned = _tables.Tables.Where(t => t.SourceId == scan.SourceId && dbs.Any(d => d.Id == t.DbId)).ToList();
            scan.Finish(JsonSerializer.Serialize(new { databases = dbs.Count, tables = scanned.Count, partitions = scanned.Sum(t => t.Partitions) }), null);
            _latest.Record(scan.SourceId, scan.Id, scan.Status);
        }
    }
}
