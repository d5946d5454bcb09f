using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Http
{
    /// <summary>The read side: data sources, databases, tables and partitions.</summary>
    public sealed partial class MmsApiClient
    {
        public Task<MmsTable> GetTableAsync(long sourceId, long tableId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsTable", SourcePath(sourceId) + "/tables/" + Id(tableId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsTableDto, MmsTableMapper.ToTable, tableId, table => table.TableId, "table", cancellationToken);

        /// <summary>One page of ListMmsTables.</summary>
        public Task<MmsPage<MmsTable>> ListTablesAsync(long sourceId, MmsTableQuery query, int pageNum, int pageSize, CancellationToken cancellationToken) =>
            GetPageAsync(new ApiRequest("ListMmsTables", SourcePath(sourceId) + "/tables", sourceId, query.ToQuery()), pageNum, pageSize,
                MmsJsonContext.Default.ListResponseDtoMmsTableDto, MmsTableMapper.ToTable, cancellationToken);

        /// <summary>One page of ListMmsDataSources.</summary>
        public Task<MmsPage<MmsDataSource>> ListDataSourcesAsync(int pageNum, int pageSize, CancellationToken cancellationToken) =>
            GetPageAsync(new ApiRequest("ListMmsDataSources", "/api/v1/mms/datasources", 0), pageNum, pageSize,
                MmsJsonContext.Default.ListResponseDtoMmsDataSourceDto, CatalogMapper.ToDataSource, cancellationToken);

        public Task<MmsDataSource> GetDataSourceAsync(long sourceId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsDataSource", SourcePath(sourceId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsDataSourceDto, CatalogMapper.ToDataSource, sourceId, source => source.SourceId, "data source",
                cancellationToken);

        /// <summary>One page of ListMmsDbs.</summary>
        public Task<MmsPage<MmsDatabase>> ListDatabasesAsync(long sourceId, string? namePrefix, int pageNum, int pageSize, CancellationToken cancellationToken)
        {
            var request = new ApiRequest("ListMmsDbs", SourcePath(sourceId) + "/dbs", sourceId);
            if (!string.IsNullOrEmpty(namePrefix))
            {
                request.Query.Add(Pair("name", namePrefix!));
            }
            return GetPageAsync(request, pageNum, pageSize, MmsJsonContext.Default.ListResponseDtoMmsDatabaseDto, CatalogMapper.ToDatabase, cancellationToken);
        }

        public Task<MmsDatabase> GetDatabaseAsync(long sourceId, long dbId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsDb", SourcePath(sourceId) + "/dbs/" + Id(dbId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsDatabaseDto, CatalogMapper.ToDatabase, dbId, db => db.DbId, "database", cancellationToken);

        /// <summary>One page of ListMmsPartitions for a table.</summary>
        public Task<MmsPage<MmsPartition>> ListPartitionsAsync(long sourceId, long tableId, IReadOnlyList<string> statuses,
            int pageNum, int pageSize, CancellationToken cancellationToken)
        {
            var request = new ApiRequest("ListMmsPartitions", SourcePath(sourceId) + "/partitions", sourceId);
            request.Query.Add(Pair("tableId", Id(tableId)));
            if (statuses.Count > 0)
            {
                request.Query.Add(Pair("status", MmsTableQuery.StatusArray(statuses)));
            }
            return GetPageAsync(request, pageNum, pageSize, MmsJsonContext.Default.ListResponseDtoMmsPartitionDto, CatalogMapper.ToPartition, cancellationToken);
        }

        public Task<MmsPartition> GetPartitionAsync(long sourceId, long partitionId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsPartition", SourcePath(sourceId) + "/partitions/" + Id(partitionId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsPartitionDto, CatalogMapper.ToPartition, partitionId, p => p.PartitionId, "partition",
                cancellationToken);
    }
}
