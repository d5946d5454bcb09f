using System.Collections.Generic;
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
    [JsonSerializable(typeof(CreateMmsJobBodyDto))]
    [JsonSerializable(typeof(AliyunCliConfigFile))]
    [JsonSerializable(typeof(Dictionary<string, System.Text.Json.JsonElement>))]
    internal sealed partial class MmsJsonContext : JsonSerializerContext
    {
    }
}
