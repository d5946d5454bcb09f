namespace MmsPowerShell.Core.Models
{
    /// <summary>The counts a finished metadata scan reports; ToString keeps them readable in Export-Csv and views.</summary>
    public sealed class MmsScanResult
    {
        public long Databases { get; internal set; }

        public long Tables { get; internal set; }

        public long Partitions { get; internal set; }

        /// <summary>Every field of the result as sent, including ones newer than this module.</summary>
        public IReadOnlyDictionary<string, string> Values { get; internal set; } = new Dictionary<string, string>();

        public override string ToString() => Databases + " databases, " + Tables + " tables, " + Partitions + " partitions";
    }
}
