namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// The tables as they are now: the demo data set, plus what migrations, updates and scans changed or added.
    /// The seed stays untouched, so an unchanged table still answers exactly as before.
    /// </summary>
    public sealed class TableStore
    {
        private readonly DemoDataSet _seed;
        private readonly object _lock = new object();
        private readonly Dictionary<(long Source, long Table), DemoTable> _changed = new Dictionary<(long, long), DemoTable>();
        private readonly HashSet<long> _removedSources = new HashSet<long>();

        public TableStore(DemoDataSet seed)
        {
            _seed = seed;
        }

        /// <summary>Every table except the generated sources', in no particular order.</summary>
        public IReadOnlyList<DemoTable> Tables
        {
            get
            {
                lock (_lock)
                {
                    return _seed.Tables.Where(t => !_changed.ContainsKey((t.SourceId, t.Id)))
                        .Concat(_changed.Values.Where(t => DemoDataSet.GeneratedTableCount(t.SourceId) == 0))
                        .Where(t => !_removedSources.Contains(t.SourceId)).ToList();
                }
            }
        }

        public DemoTable? Find(long sourceId, long tableId)
        {
            lock (_lock)
            {
                return Current(sourceId, tableId);
            }
        }

        /// <summary>True while the table is as the demo data set has it (never changed).</summary>
        public bool IsSeed(long sourceId, long tableId)
        {
            lock (_lock)
            {
                return !_changed.ContainsKey((sourceId, tableId));
            }
        }

        /// <summary>Replaces a table with a changed copy; returns it, or null when there is no such table.</summary>
        public DemoTable? Update(long sourceId, long tableId, Func<DemoTable, DemoTable> change)
        {
            lock (_lock)
            {
                DemoTable? current = Current(sourceId, tableId);
                if (current == null)
                {
                    return null;
                }
                DemoTable updated = change(current);
                _changed[(sourceId, tableId)] = updated;
                return updated;
            }
        }

        /// <summary>Adds a table (a scan found it); its id must be new for the source.</summary>
        public void Add(DemoTable table)
        {
            lock (_lock)
            {
                if (_seed.Find(table.SourceId, table.Id) != null || !_changed.TryAdd((table.SourceId, table.Id), table))
                {
                    throw new InvalidOperationException("Table " + table.Id + " of source " + table.SourceId + " exists already.");
                }
            }
        }

        /// <summary>The id a new table of the source gets: one past the highest it ever had.</summary>
        public long NextTableId(long sourceId)
        {
            lock (_lock)
            {
                return _seed.Tables.Concat(_changed.Values).Where(t => t.SourceId == sourceId).Select(t => t.Id).DefaultIfEmpty(0).Max() + 1;
            }
        }

        /// <summary>A deleted data source's tables are gone for every operation.</summary>
        public void RemoveSource(long sourceId)
        {
            lock (_lock)
            {
                _removedSources.Add(sourceId);
            }
        }

        private DemoTable? Current(long sourceId, long tableId) =>
            _removedSources.Contains(sourceId) ? null
            : _changed.TryGetValue((sourceId, tableId), out DemoTable? changed) ? changed
            : _seed.Find(sourceId, tableId);
    }
}
