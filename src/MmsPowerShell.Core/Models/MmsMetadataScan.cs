namespace MmsPowerShell.Core.Models
{
    /// <summary>A metadata scan of a data source (GetMmsFetchMetadataJob): its state, progress and what it found.</summary>
    public sealed partial class MmsMetadataScan
    {
        /// <summary>The service's progress scale: 1 to 10000 (hundredths of a percent).</summary>
        public const double FullProgress = 10000;

        public long SourceId { get; internal set; }

        public long ScanId { get; internal set; }

        /// <summary>As the service sends it, e.g. SCAN_DOING, SCAN_DONE, SCAN_FAILED.</summary>
        public string? Status { get; internal set; }

        /// <summary>True while the status is a *_DOING value; any other status is final.</summary>
        public bool IsRunning { get; internal set; }

        /// <summary>The service's progress, 1 to 10000.</summary>
        public double Progress { get; internal set; }

        /// <summary>Progress as a whole percentage, 0 to 100.</summary>
        public int PercentComplete { get; internal set; }

        /// <summary>What the scan found, parsed from the JSON text the service sends; null until it has a result.</summary>
        public MmsScanResult? Result { get; internal set; }

        public string? ResultText { get; internal set; }

        public string? ErrorMessage { get; internal set; }

        public DateTime? StartTime { get; internal set; }

        public string? StartTimeText { get; internal set; }

        public DateTime? EndTime { get; internal set; }

        public string? EndTimeText { get; internal set; }

        public string? RequestId { get; internal set; }

        public override string ToString() => "scan " + ScanId + " " + Status;
    }
}
