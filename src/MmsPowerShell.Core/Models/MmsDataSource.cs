namespace MmsPowerShell.Core.Models
{
    /// <summary>An MMA data source (a Hive metastore being migrated) and its migration counters.</summary>
    public sealed partial class MmsDataSource
    {
        /// <summary>The data source id; named SourceId so objects bind to -SourceId down the pipeline.</summary>
        public long SourceId { get; internal set; }
        public string? Name { get; internal set; }
        public string? Type { get; internal set; }
        public string? Region { get; internal set; }
        public string? Status { get; internal set; }
        public string? ErrorMessage { get; internal set; }
        public bool AgentOnline { get; internal set; }
        public DateTime? CreateTime { get; internal set; }
        public DateTime? LastUpdateTime { get; internal set; }
        public string? NetworkLink { get; internal set; }
        public string? DestinationProject { get; internal set; }
        public MmsList<string> DestinationProjects { get; internal set; } = MmsList<string>.None;
        public long ScanId { get; internal set; }
        public string? ScanStatus { get; internal set; }
        public int DatabaseCount { get; internal set; }
        public int TableCount { get; internal set; }
        public int PartitionCount { get; internal set; }
        public int TablesDoing { get; internal set; }
        public int TablesDone { get; internal set; }
        public int TablesFailed { get; internal set; }
        public int TablesPartDone { get; internal set; }
        public int PartitionsDoing { get; internal set; }
        public int PartitionsDone { get; internal set; }
        public int PartitionsFailed { get; internal set; }
        public string? RequestId { get; internal set; }

        public override string ToString() => Name + " (" + SourceId + ")";
    }
}
