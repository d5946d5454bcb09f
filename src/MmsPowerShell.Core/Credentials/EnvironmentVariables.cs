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
        public const string CredentialsFile = "ALIBABA_CLOUD_CREDENTIALS_FILE";
        public const string CredentialsUri = "ALIBABA_CLOUD_CREDENTIALS_URI";
        public const string EcsMetadata = "ALIBABA_CLOUD_ECS_METADATA";
        public const string EcsMetadataDisabled = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
        public const string RoleArn = "ALIBABA_CLOUD_ROLE_ARN";
        public const string OidcProviderArn = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
        public const string OidcTokenFile = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
        public const string RoleSessionName = "ALIBABA_CLOUD_ROLE_SESSION_NAME";
        public const string StsRegion = "ALIBABA_CLOUD_STS_REGION";
        public const string VpcEndpointEnabled = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";
    }
}
