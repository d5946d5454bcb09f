namespace MmsPowerShell.Core.Json
{
    /// <summary>Wire shape (every member nullable: a missing or null field must never crash parsing).</summary>
    public sealed class MmsDatabaseDto
    {
        public long? Id { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? DstName { get; set; }
        public string? DstProjectName { get; set; }
        public string? LastDdlTime { get; set; }
        public string? Location { get; set; }
        public string? Owner { get; set; }
        public long? NumRows { get; set; }
        public long? Size { get; set; }
        public long? SourceId { get; set; }
        public string? SourceName { get; set; }
        public string? Status { get; set; }
        public bool? Updated { get; set; }
        public int? Tables { get; set; }
        public int? TablesDoing { get; set; }
        public int? TablesDone { get; set; }
        public int? TablesFailed { get; set; }
        public int? TablesPartDone { get; set; }
        public int? Partitions { get; set; }
        public int? PartitionsDoing { get; set; }
        public int? PartitionsDone { get; set; }
        public int? PartitionsFailed { get; set; }
    }
}
