using System.Text.Json.Serialization;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>The top level of ~/.aliyun/config.json.</summary>
    public sealed class AliyunCliConfigFile
    {
        [JsonPropertyName("current")]
        public string? Current { get; set; }

        [JsonPropertyName("profiles")]
        public AliyunCliProfile[]? Profiles { get; set; }
    }
}
