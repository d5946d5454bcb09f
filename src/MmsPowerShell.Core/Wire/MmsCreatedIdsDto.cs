namespace MmsPowerShell.Core.Json
{
    /// <summary>
    /// The data of the set-up operations that answer ids in an object: CreateMmsDataSource (dataSourceId),
    /// UpdateMmsDataSource (sourceId, asyncTaskId), CreateMmsFetchMetadataJob (scanId), CreateMmsTimer (timerId).
    /// </summary>
    public sealed class MmsCreatedIdsDto
    {
        public long? DataSourceId { get; set; }
        public long? SourceId { get; set; }
        public long? AsyncTaskId { get; set; }
        public long? ScanId { get; set; }
        public long? TimerId { get; set; }
    }
}
