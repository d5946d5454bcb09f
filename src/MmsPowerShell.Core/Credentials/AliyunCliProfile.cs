using System.Text.Json.Serialization;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>One profile of the aliyun CLI's ~/.aliyun/config.json (the fields we use).</summary>
    public sealed class AliyunCliProfile
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("mode")]
        public string? Mode { get; set; }

        [JsonPropertyName("access_key_id")]
        public string? AccessKeyId { get; set; }

        [JsonPropertyName("access_key_secret")]
        public string? AccessKeySecret { get; set; }

        [JsonPropertyName("sts_token")]
        public string? StsToken { get; set; }

        [JsonPropertyName("region_id")]
        public string? RegionId { get; set; }
    }

    public sealed class AliyunCliConfigFile
    {
        [JsonPropertyName("current")]
        public string? Current { get; set; }

        [JsonPropertyName("profiles")]
        public AliyunCliProfile[]? Profiles { get; set; }
    }
}
