using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The target of an error while starting a metadata scan: the source and the scope asked for. Its properties
    /// bind back to Start-MmsMetadataScan, so <c>$Error.TargetObject | Start-MmsMetadataScan</c> asks again.
    /// </summary>
    public sealed class MmsScanStartReference : MmsReference
    {
        public MmsScanStartReference(long sourceId, string? dbName)
        {
            SourceId = sourceId;
            DbName = dbName;
        }

        public long SourceId { get; }

        public string? DbName { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        /// <summary>The source's ScanId and ScanStatus show its latest scan.</summary>
        internal override string OutcomeCheck => "Get-MmsDataSource -SourceId " + SourceId + " | Get-MmsMetadataScan";

        public override string ToString() => "data source " + SourceId + (DbName == null ? string.Empty : ", database " + DbName);
    }
}
