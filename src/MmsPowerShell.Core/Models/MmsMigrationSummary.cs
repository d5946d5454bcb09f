namespace MmsPowerShell.Core.Models
{
    /// <summary>
    /// Where a migration stands across tables, databases or data sources: counts by status, partitions, bytes and
    /// rows. Tables count exactly; databases and data sources add the counters the service keeps for them.
    /// </summary>
    public sealed partial class MmsMigrationSummary
    {
        private readonly SortedSet<long> _sources = new SortedSet<long>();

        public int Tables { get; private set; }
        public int TablesInit { get; private set; }
        public int TablesDoing { get; private set; }
        public int TablesDone { get; private set; }
        public int TablesPartDone { get; private set; }
        public int TablesFailed { get; private set; }
        public int TablesUnknown { get; private set; }
        public long Partitions { get; private set; }
        public long PartitionsDone { get; private set; }
        public long PartitionsDoing { get; private set; }
        public long PartitionsFailed { get; private set; }
        public long Size { get; private set; }

        /// <summary>Bytes of migrated tables, plus the migrated share of partitioned tables still under way
        /// (estimated from their partition counts: partitions are not all the same size).</summary>
        public long SizeDone { get; private set; }
        public long NumRows { get; private set; }

        /// <summary>Rows migrated, estimated like <see cref="SizeDone"/>.</summary>
        public long NumRowsDone { get; private set; }

        /// <summary>True when some input (a data source) carries no byte or row counts, so Size and NumRows leave it out.</summary>
        public bool SizeIncomplete { get; private set; }

        public MmsList<long> SourceIds => new MmsList<long>(_sources);

        public double PercentTablesDone => Percent(TablesDone, Tables);
        public double PercentSizeDone => Percent(SizeDone, Size);
        public double PercentNumRowsDone => Percent(NumRowsDone, NumRows);

        public void Add(MmsTable table)
        {
            _sources.Add(table.SourceId);
            Tables++;
            switch (table.Status)
            {
                case "INIT": TablesInit++; break;
                case "DOING": TablesDoing++; break;
                case "DONE": TablesDone++; break;
                case "PART_DONE": TablesPartDone++; break;
                case "FAILED": TablesFailed++; break;
                default: TablesUnknown++; break;
            }
            AddPartitions(table.PartitionCount, table.PartitionsDone, table.PartitionsDoing, table.PartitionsFailed);
            double share = table.Status == "DONE" ? 1.0
                : table.HasPartitions && table.PartitionCount > 0 ? (double)table.PartitionsDone / table.PartitionCount
                : 0.0;
            AddSize(table.Size, table.NumRows, share);
        }

        /// <summary>A database's counters. Its bytes and rows done are estimated from its tables done, partly done ones
        /// counting by their share of partitions done.</summary>
        public void Add(MmsDatabase database)
        {
            _sources.Add(database.SourceId);
            AddTableCounts(database.TableCount, database.TablesDoing, database.TablesDone, database.TablesPartDone, database.TablesFailed);
            AddPartitions(database.PartitionCount, database.PartitionsDone, database.PartitionsDoing, database.PartitionsFailed);
            double partShare = database.PartitionCount > 0 ? (double)database.PartitionsDone / database.PartitionCount : 0.0;
            double share = database.TableCount == 0 ? 0.0 : (database.TablesDone + database.TablesPartDone * partShare) / database.TableCount;
            AddSize(database.Size, database.NumRows, Math.Min(1.0, share));
        }

        /// <summary>A data source's counters; the service keeps no byte or row counts for a data source.</summary>
        public void Add(MmsDataSource source)
        {
            _sources.Add(source.SourceId);
            AddTableCounts(source.TableCount, source.TablesDoing, source.TablesDone, source.TablesPartDone, source.TablesFailed);
            AddPartitions(source.PartitionCount, source.PartitionsDone, source.PartitionsDoing, source.PartitionsFailed);
            SizeIncomplete = true;
        }

        private void AddTableCounts(int all, int doing, int done, int partDone, int failed)
        {
            Tables += all;
            TablesDoing += doing;
            TablesDone += done;
            TablesPartDone += partDone;
            TablesFailed += failed;
            // The service counts the other states only; what is left has not started.
            TablesInit += Math.Max(0, all - doing - done - partDone - failed);
        }

        private void AddPartitions(long all, long done, long doing, long failed)
        {
            Partitions += all;
            PartitionsDone += done;
            PartitionsDoing += doing;
            PartitionsFailed += failed;
        }

        /// <summary>Unknown sizes and counts (Hive's -1, shown as ?) add nothing rather than subtracting.</summary>
        private void AddSize(long? size, long? rows, double share)
        {
            Size += size ?? 0;
            NumRows += rows ?? 0;
            SizeDone += (long)((size ?? 0) * share);
            NumRowsDone += (long)((rows ?? 0) * share);
        }

        private static double Percent(double part, double whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
    }
}
