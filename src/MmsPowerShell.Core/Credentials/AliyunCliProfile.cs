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

        [JsonPropertyName("ram_role_name")]
        public string? RamRoleName { get; set; }

        [JsonPropertyName("ram_role_arn")]
        public string? RamRoleArn { get; set; }

        [JsonPropertyName("ram_session_name")]
        public string? RamSessionName { get; set; }

        [JsonPropertyName("expired_seconds")]
        public int? ExpiredSeconds { get; set; }

        [JsonPropertyName("sts_region")]
        public string? StsRegion { get; set; }

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
