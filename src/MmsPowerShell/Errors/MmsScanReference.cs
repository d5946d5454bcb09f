using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target object of a per-scan error; SourceId and ScanId bind back to Get-MmsMetadataScan.</summary>
    public sealed class MmsScanReference : MmsReference
    {
        public MmsScanReference(long sourceId, long scanId)
        {
            SourceId = sourceId;
            ScanId = scanId;
        }

        public long SourceId { get; }

        public long ScanId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.ScanNotFound;

        internal override string OutcomeCheck => "Get-MmsMetadataScan -SourceId " + SourceId + " -ScanId " + ScanId;

        public override string ToString() => "source " + SourceId + ", scan " + ScanId;
    }
}
