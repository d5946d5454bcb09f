using System.Text.Json.Serialization;
using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Json
{
    /// <summary>Source-generated metadata: no reflection on first call, and trimming-safe.</summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(ItemResponseDto<MmsTableDto>))]
    [JsonSerializable(typeof(ValueResponseDto<long>))]
    [JsonSerializable(typeof(ListResponseDto<MmsTableDto>))]
    [JsonSerializable(typeof(ListResponseDto<MmsDataSourceDto>))]
    [JsonSerializable(typeof(ListResponseDto<MmsDatabaseDto>))]
    [JsonSerializable(typeof(ItemResponseDto<MmsDataSourceDto>))]
    [JsonSerializable(typeof(ItemResponseDto<MmsDatabaseDto>))]
    [JsonSerializable(typeof(ListResponseDto<MmsPartitionDto>))]
    [JsonSerializable(typeof(ItemResponseDto<MmsPartitionDto>))]
    // The job side: jobs, tasks, task logs, asynchronous tasks and CreateMmsJob's body. (The source generator
    // does not read attributes from a second partial declaration, so every area registers its types here.)
    [JsonSerializable(typeof(ItemResponseDto<MmsJobDto>))]
    [JsonSerializable(typeof(ListResponseDto<MmsJobDto>))]
    [JsonSerializable(typeof(ItemResponseDto<MmsTaskDto>))]
    [JsonSerializable(typeof(ListResponseDto<MmsTaskDto>))]
    [JsonSerializable(typeof(ArrayResponseDto<MmsTaskLogDto>))]
    [JsonSerializable(typeof(ItemResponseDto<MmsAsyncTaskDto>))]
    [JsonSerializable(typeof(ItemResponseDto<AsyncTaskIdDto>))]
    [JsonSerializable(typeof(MmsJobCreateRequestDto))]
    [JsonSerializable(typeof(AliyunCliConfigFile))]
    [JsonSerializable(typeof(Dictionary<string, System.Text.Json.JsonElement>))]
    // The set-up side (destinations, data sources, metadata scans, timers). A second partial declaration of the
    // context would make the source generator emit its shared types twice, so they are listed here.
    [JsonSerializable(typeof(MmsTableUpdateRequestDto))]
    [JsonSerializable(typeof(MmsTablesUpdateRequestDto))]
    [JsonSerializable(typeof(MmsDbUpdateRequestDto))]
    [JsonSerializable(typeof(MmsDataSourceCreateRequestDto))]
    [JsonSerializable(typeof(MmsDataSourceUpdateRequestDto))]
    [JsonSerializable(typeof(ItemResponseDto<MmsCreatedIdsDto>))]
    [JsonSerializable(typeof(ArrayResponseDto<MmsConfigItemDto>))]
    [JsonSerializable(typeof(MmsScanCreateRequestDto))]
    [JsonSerializable(typeof(ItemResponseDto<MmsScanDto>))]
    [JsonSerializable(typeof(ItemResponseDto<MmsTimerDto>))]
    [JsonSerializable(typeof(ListResponseDto<MmsTimerDto>))]
    [JsonSerializable(typeof(MmsTimerUpdateRequestDto))]
    [JsonSerializable(typeof(ListResponseDto<MmsTimerLogDto>))]
    [JsonSerializable(typeof(MmsTimerCreateRequestDto))]
    internal sealed partial class MmsJsonContext : JsonSerializerContext
    {
    }
}
