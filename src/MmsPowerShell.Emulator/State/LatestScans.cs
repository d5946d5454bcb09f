using System.Collections.Concurrent;

namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// Each data source's latest metadata scan, as GetMmsDataSource reports it (scanId, scanStatus). Written by the
    /// scans, read by the catalog, which the scans themselves read: a store of its own keeps the two apart.
    /// </summary>
    public sealed class LatestScans
    {
        private readonly ConcurrentDictionary<long, (long ScanId, string Status)> _bySource = new ConcurrentDictionary<long, (long, string)>();

        /// <summary>Records a scan's state under its source; <paramref name="scanStatus"/> is a scan status (SCAN_DONE).</summary>
        public void Record(long sourceId, long scanId, string scanStatus) =>
            _bySource[sourceId] = (scanId, SourceScanStatus(scanStatus));

        public bool TryGet(long sourceId, out (long ScanId, string Status) latest) => _bySource.TryGetValue(sourceId, out latest);

        /// <summary>The data source's word for its scan, as the seeded sources spell it: DOING, DONE, FAILED.</summary>
        private static string SourceScanStatus(string scanStatus) =>
            scanStatus.StartsWith("SCAN_", System.StringComparison.Ordinal) ? scanStatus.Substring("SCAN_".Length) : scanStatus;
    }
}
