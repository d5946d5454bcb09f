namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class MmsDataSourceDto
    {
        public long? Id { get; set; }
        public string? Name { get; set; }
        public string? Type { get; set; }
        public string? Region { get; set; }
        public string? Status { get; set; }
        public string? ErrMsg { get; set; }
        public bool? AgentIsOnline { get; set; }
        public string? CreateTime { get; set; }
        public string? LastUpdateTime { get; set; }
        public string? Networklink { get; set; }
        public string? DstProject { get; set; }
        public string?[]? DstProjects { get; set; }
        public long? ScanId { get; set; }
        public string? ScanStatus { get; set; }
        public int? DbNum { get; set; }
        public int? TableNum { get; set; }
        public int? PartitionNum { get; set; }
        public int? TablesDoingNum { get; set; }
        public int? TablesDoneNum { get; set; }
        public int? TablesFailedNum { get; set; }
        public int? TablesPartDoneNum { get; set; }
        public int? PartitionsDoingNum { get; set; }
        public int? PartitionsDoneNum { get; set; }
        public int? PartitionsFailedNum { get; set; }
    }
}
