using System.Text.Json.Serialization;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// One profile of the aliyun CLI's ~/.aliyun/config.json (the fields we use); also the shape an External
    /// profile's process_command prints.
    /// </summary>
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

        [JsonPropertyName("enable_vpc")]
        public bool? EnableVpc { get; set; }

        [JsonPropertyName("policy")]
        public string? Policy { get; set; }

        [JsonPropertyName("external_id")]
        public string? ExternalId { get; set; }

        [JsonPropertyName("source_profile")]
        public string? SourceProfile { get; set; }

        [JsonPropertyName("oidc_provider_arn")]
        public string? OidcProviderArn { get; set; }

        [JsonPropertyName("oidc_token_file")]
        public string? OidcTokenFile { get; set; }

        [JsonPropertyName("credentials_uri")]
        public string? CredentialsUri { get; set; }

        [JsonPropertyName("process_command")]
        public string? ProcessCommand { get; set; }

        [JsonPropertyName("region_id")]
        public string? RegionId { get; set; }
    }
}
