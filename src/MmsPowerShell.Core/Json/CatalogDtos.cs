namespace MmsPowerShell.Core.Json
{
    // Wire shapes of the list operations and of data sources and databases. All members nullable.

    public sealed class ListResponseDto<T>
        where T : class
    {
        public string? RequestId { get; set; }
        public PageDto<T>? Data { get; set; }
    }

    public sealed class PageDto<T>
        where T : class
    {
        public T?[]? ObjectList { get; set; }
        public int? PageNum { get; set; }
        public int? PageSize { get; set; }
        public long? Total { get; set; }
    }

    public sealed class ItemResponseDto<T>
        where T : class
    {
        public string? RequestId { get; set; }
        public T? Data { get; set; }
    }

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

    public sealed class MmsPartitionDto
    {
        public long? Id { get; set; }
        public long? DbId { get; set; }
        public long? TableId { get; set; }
        public string? DbName { get; set; }
        public string? TableName { get; set; }
        public string? Value { get; set; }
        public long? SourceId { get; set; }
        public string? SourceName { get; set; }
        public long? Size { get; set; }
        public long? NumRows { get; set; }
        public bool? Updated { get; set; }
        public string? LastDdlTime { get; set; }
        public string? Status { get; set; }
        public string? DstProjectName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? DstTableName { get; set; }
        public string? DstValue { get; set; }
    }
}
