using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>Where a live run stands, for its progress bars: tables and bytes done, jobs running, and a time-left estimate.</summary>
    public sealed class MigrationProgress
    {
        internal MigrationProgress(int tablesPlanned, int tablesDone, long bytesPlanned, long bytesDone, IReadOnlyList<MmsMigrationRunJob> running, TimeSpan? timeLeft)
        {
            TablesPlanned = tablesPlanned;
            TablesDone = tablesDone;
            BytesPlanned = bytesPlanned;
            BytesDone = bytesDone;
            Running = running;
            TimeLeft = timeLeft;
        }

        public int TablesPlanned { get; }

        public int TablesDone { get; }

        public long BytesPlanned { get; }

        public long BytesDone { get; }

        /// <summary>The jobs of the run that are DOING now.</summary>
        public IReadOnlyList<MmsMigrationRunJob> Running { get; }

        /// <summary>From the throughput of this run so far (bytes, or tables when sizes are unknown); null until something finished.</summary>
        public TimeSpan? TimeLeft { get; }

        public int PercentDone => TablesPlanned <= 0 ? 0 : (int)Math.Min(100L, 100L * TablesDone / TablesPlanned);
    }
}
