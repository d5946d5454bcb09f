using System;
using System.Collections.Generic;

namespace MmsPowerShell.Core.Models
{
    /// <summary>Where a migration stands across a set of tables: counts by status, partitions, bytes and rows.</summary>
    public sealed class MmsMigrationSummary
    {
        private readonly HashSet<long> _sources = new HashSet<long>();

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
        public IReadOnlyCollection<long> SourceIds => _sources;

        public double PercentTablesDone => Tables == 0 ? 0 : Math.Round(100.0 * TablesDone / Tables, 1);
        public double PercentSizeDone => Size == 0 ? 0 : Math.Round(100.0 * SizeDone / Size, 1);

        public void Add(MmsTable table)
        {
            _sources.Add(table.SourceId);
            Tables++;
            switch (table.Status)
            {
                case MmsTableStatus.INIT: TablesInit++; break;
                case MmsTableStatus.DOING: TablesDoing++; break;
                case MmsTableStatus.DONE: TablesDone++; break;
                case MmsTableStatus.PART_DONE: TablesPartDone++; break;
                case MmsTableStatus.FAILED: TablesFailed++; break;
                default: TablesUnknown++; break;
            }
            Partitions += table.PartitionCount;
            PartitionsDone += table.PartitionsDone;
            PartitionsDoing += table.PartitionsDoing;
            PartitionsFailed += table.PartitionsFailed;
            // Unknown counts (Hive's -1) add nothing rather than subtracting.
            Size += table.Size ?? 0;
            NumRows += table.NumRows ?? 0;
            double share = table.Status == MmsTableStatus.DONE ? 1.0
                : table.HasPartitions && table.PartitionCount > 0 ? (double)table.PartitionsDone / table.PartitionCount
                : 0.0;
            SizeDone += (long)((table.Size ?? 0) * share);
            NumRowsDone += (long)((table.NumRows ?? 0) * share);
        }
    }
}
