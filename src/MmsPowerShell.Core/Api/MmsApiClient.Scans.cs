using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Http
{
    /// <summary>Metadata scans ("fetch metadata" jobs): CreateMmsFetchMetadataJob and GetMmsFetchMetadataJob.</summary>
    public sealed partial class MmsApiClient
    {
        /// <summary>Starts a scan of the whole source, one database, or some of its tables. Answers the scan id.</summary>
        public Task<long> CreateScanAsync(long sourceId, string? dbName, IReadOnlyList<string> tableNames, CancellationToken cancellationToken)
        {
            var body = new MmsScanCreateRequestDto { DbName = dbName, TableNames = tableNames.Count == 0 ? null : tableNames.Cast<string?>().ToArray() };
            return GetItemAsync(WithBody(HttpMethod.Post, "CreateMmsFetchMetadataJob", SourcePath(sourceId) + "/scans", sourceId, body,
                    MmsJsonContext.Default.MmsScanCreateRequestDto),
                MmsJsonContext.Default.ItemResponseDtoMmsCreatedIdsDto, (ids, _) => ids.ScanId ?? 0, cancellationToken);
        }

        public Task<MmsMetadataScan> GetScanAsync(long sourceId, long scanId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsFetchMetadataJob", SourcePath(sourceId) + "/scans/" + Id(scanId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsScanDto, SetupMapper.ToScan, scanId, scan => scan.ScanId, "scan", cancellationToken);
    }
}
