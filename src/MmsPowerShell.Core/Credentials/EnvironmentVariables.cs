namespace MmsPowerShell.Core.Credentials
{
    /// <summary>The variable names Alibaba Cloud's own tools read, so existing set-ups just work.</summary>
    public static class EnvironmentVariables
    {
        public const string AccessKeyId = "ALIBABA_CLOUD_ACCESS_KEY_ID";
        public const string AccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
        public const string SecurityToken = "ALIBABA_CLOUD_SECURITY_TOKEN";
        public const string RegionId = "ALIBABA_CLOUD_REGION_ID";
        public const string Profile = "ALIBABA_CLOUD_PROFILE";
        public const string CliProfileDisabled = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";
        public const string EcsMetadata = "ALIBABA_CLOUD_ECS_METADATA";
        public const string EcsMetadataDisabled = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
    }
}
