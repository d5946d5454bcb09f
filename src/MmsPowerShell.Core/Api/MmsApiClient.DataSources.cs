using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Http
{
    /// <summary>Registering data sources: CreateMmsDataSource, UpdateMmsDataSource, DeleteMmsDataSource, ListMmsDataSourceConfigItems.</summary>
    public sealed partial class MmsApiClient
    {
        private const string DataSourcesPath = "/api/v1/mms/datasources";

        /// <summary>CreateMmsDataSource. Answers the new source's id.</summary>
        /// <param name="config">Values are strings, booleans or numbers; they keep that JSON type on the wire.</param>
        public Task<long> CreateDataSourceAsync(string name, string type, string? networkLink, IReadOnlyDictionary<string, object> config,
            CancellationToken cancellationToken)
        {
            var body = new MmsDataSourceCreateRequestDto
            {
                Name = name,
                Type = type,
                Networklink = networkLink,
                Config = config.Count == 0 ? null : ConfigValues.ToJson(config),
            };
            return GetItemAsync(WithBody(HttpMethod.Post, "CreateMmsDataSource", DataSourcesPath, 0, body, MmsJsonContext.Default.MmsDataSourceCreateRequestDto),
                MmsJsonContext.Default.ItemResponseDtoMmsCreatedIdsDto, (ids, _) => ids.DataSourceId ?? 0, cancellationToken);
        }

        /// <summary>
        /// UpdateMmsDataSource: renames, changes config, or (with <paramref name="test"/>) tests the stored config merged
        /// with <paramref name="config"/> without saving. Always answers an async task; its id is returned.
        /// </summary>
        public Task<long> UpdateDataSourceAsync(long sourceId, string? name, IReadOnlyDictionary<string, object> config, bool test,
            CancellationToken cancellationToken)
        {
            var body = new MmsDataSourceUpdateRequestDto
            {
                Name = name,
                Test = test ? true : (bool?)null,
                Config = config.Count == 0 ? null : ConfigValues.ToJson(config),
            };
            return GetItemAsync(WithBody(HttpMethod.Put, "UpdateMmsDataSource", SourcePath(sourceId), sourceId, body,
                    MmsJsonContext.Default.MmsDataSourceUpdateRequestDto),
                MmsJsonContext.Default.ItemResponseDtoMmsCreatedIdsDto, (ids, _) => ids.AsyncTaskId ?? 0, cancellationToken);
        }

        public Task<long> DeleteDataSourceAsync(long sourceId, CancellationToken cancellationToken) =>
            SendCommandAsync(WithoutBody(HttpMethod.Delete, "DeleteMmsDataSource", SourcePath(sourceId), sourceId), cancellationToken);

        /// <summary>ListMmsDataSourceConfigItems (a bare array, no paging).</summary>
        /// <param name="lang">en_US for English; the service's default is zh_CN.</param>
        public Task<MmsDataSourceConfigItem[]> ListDataSourceConfigItemsAsync(string sourceType, string? lang, CancellationToken cancellationToken)
        {
            var request = new ApiRequest("ListMmsDataSourceConfigItems", "/api/v1/mms/configItems", 0);
            request.Query.Add(Pair("sourceType", sourceType));
            if (!string.IsNullOrEmpty(lang))
            {
                request.Query.Add(Pair("lang", lang!));
            }
            return GetArrayAsync(request, MmsJsonContext.Default.ArrayResponseDtoMmsConfigItemDto,
                (dto, requestId) => SetupMapper.ToConfigItem(dto, sourceType, requestId), cancellationToken);
        }
    }
}
