using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    public class ConnectionResolverTests
    {
        private const string CliConfig = @"{
  ""current"": ""default"",
  ""profiles"": [
    { ""name"": ""default"", ""mode"": ""AK"", ""access_key_id"": ""CLI_DEFAULT_ID"", ""access_key_secret"": ""cli-default-secret"", ""region_id"": ""cn-beijing"" },
    { ""name"": ""prod"", ""mode"": ""AK"", ""access_key_id"": ""CLI_PROD_ID"", ""access_key_secret"": ""cli-prod-secret"", ""region_id"": ""cn-shanghai"" },
    { ""name"": ""sts"", ""mode"": ""StsToken"", ""access_key_id"": ""STS.CLI"", ""access_key_secret"": ""sts-secret"", ""sts_token"": ""sts-token"", ""region_id"": ""cn-shenzhen"" },
    { ""name"": ""stsbroken"", ""mode"": ""StsToken"", ""access_key_id"": ""STS.X"", ""access_key_secret"": ""s"", ""sts_token"": """" },
    { ""name"": ""role"", ""mode"": ""RamRoleArn"", ""access_key_id"": ""X"", ""access_key_secret"": ""Y"", ""ram_role_arn"": ""acs:ram::1:role/r"", ""ram_session_name"": ""nightly"", ""expired_seconds"": 1800, ""sts_region"": ""cn-shanghai"" },
    { ""name"": ""rolebroken"", ""mode"": ""RamRoleArn"", ""access_key_id"": ""X"", ""access_key_secret"": ""Y"" },
    { ""name"": ""ecs"", ""mode"": ""EcsRamRole"", ""ram_role_name"": ""EcsMmsRole"", ""region_id"": ""cn-beijing"" },
    { ""name"": ""sso"", ""mode"": ""CloudSSO"" },
    { ""name"": ""noregion"", ""mode"": ""AK"", ""access_key_id"": ""NR"", ""access_key_secret"": ""nr"" }
  ],
  ""meta_path"": """"
}";

        private static readonly FakeProviderFactory Providers = new FakeProviderFactory();

        private static MmsConnection Resolve(FakeEnvironment environment, ConnectionOptions? options = null) =>
            new ConnectionResolver(environment, Providers).Resolve(options ?? new ConnectionOptions());

        private static FakeEnvironment WithEnvKeys(FakeEnvironment e) =>
            e.Set(EnvironmentVariables.AccessKeyId, "ENV_ID").Set(EnvironmentVariables.AccessKeySecret, "env-secret");

        [Fact]
        public void Explicit_credentials_beat_profile_environment_and_cli_file()
        {
            using var env = WithEnvKeys(new FakeEnvironment().WithCliConfig(CliConfig));
            var connection = Resolve(env, new ConnectionOptions
            {
                Credentials = new MmsCredentials("PARAM_ID", "param-secret", null, "-Credential"),
                ProfileName = "prod",
            });
            Assert.Equal("PARAM_ID", connection.Credentials.AccessKeyId);
            Assert.Equal("cn-shanghai", connection.Region); // the named profile still supplies the region
        }

        [Fact]
        public void Named_profile_beats_environment()
        {
            using var env = WithEnvKeys(new FakeEnvironment().WithCliConfig(CliConfig));
            var connection = Resolve(env, new ConnectionOptions { ProfileName = "prod" });
            Assert.Equal(("CLI_PROD_ID", "cli-prod-secret"), (connection.Credentials.AccessKeyId, connection.Credentials.AccessKeySecret));
            Assert.Equal(new Uri("https://maxcompute.cn-shanghai.aliyuncs.com/"), connection.Endpoint);
        }

        [Fact]
        public void Environment_beats_the_cli_current_profile_and_carries_the_sts_token()
        {
            using var env = WithEnvKeys(new FakeEnvironment().WithCliConfig(CliConfig)).Set(EnvironmentVariables.SecurityToken, "env-token");
            var connection = Resolve(env);
            Assert.Equal(("ENV_ID", "env-token", "the environment"),
                (connection.Credentials.AccessKeyId, connection.Credentials.SecurityToken, connection.Credentials.Source));
            Assert.Equal("cn-beijing", connection.Region); // region from the current profile when nothing else says
        }

        [Fact]
        public void Cli_current_profile_is_the_last_resort()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            var connection = Resolve(env);
            Assert.Equal("CLI_DEFAULT_ID", connection.Credentials.AccessKeyId);
            Assert.Contains("profile 'default'", connection.Credentials.Source);
        }

        [Fact]
        public void ALIBABA_CLOUD_PROFILE_picks_the_cli_profile()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig).Set(EnvironmentVariables.Profile, "sts");
            var connection = Resolve(env);
            Assert.Equal(("STS.CLI", "sts-token", "cn-shenzhen"), (connection.Credentials.AccessKeyId, connection.Credentials.SecurityToken, connection.Region));
        }

        [Fact]
        public void Cli_profiles_can_be_disabled()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig).Set(EnvironmentVariables.CliProfileDisabled, "true");
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { Region = "cn-hangzhou" }));
            Assert.Equal("MmsCredentialsNotFound", e.ErrorId.Id);
        }

        [Fact]
        public void No_credentials_anywhere_says_where_it_looked()
        {
            using var env = new FakeEnvironment();
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { Region = "cn-hangzhou" }));
            Assert.Equal("MmsCredentialsNotFound", e.ErrorId.Id);
            Assert.Contains("-Credential", e.Message);
            Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", e.Message);
            Assert.Contains("config.json (file not found)", e.Message);
        }

        [Fact]
        public void Half_a_key_pair_in_the_environment_is_an_error_not_a_silent_skip()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig).Set(EnvironmentVariables.AccessKeyId, "ONLY_ID");
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env));
            Assert.Equal("MmsCredentialsIncomplete", e.ErrorId.Id);
            Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET", e.Message);
        }

        [Theory]
        [InlineData("missing", "MmsProfileNotFound")]
        [InlineData("sso", "MmsProfileModeNotSupported")]
        [InlineData("rolebroken", "MmsProfileIncomplete")]
        [InlineData("stsbroken", "MmsProfileIncomplete")]
        public void Unusable_named_profiles_fail_clearly(string profile, string errorId)
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { ProfileName = profile }));
            Assert.Equal(errorId, e.ErrorId.Id);
            Assert.Contains(profile, e.Message);
        }

        [Fact]
        public void Unsupported_mode_names_the_mode()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { ProfileName = "sso" }));
            Assert.Contains("CloudSSO", e.Message);
        }

        [Fact]
        public void RamRoleArn_profile_assumes_the_role_with_its_access_key()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            var connection = Resolve(env, new ConnectionOptions { ProfileName = "role", Region = "cn-hangzhou" });
            Assert.Equal("STS.assumed", connection.Credentials.AccessKeyId);
            Assert.Equal("X|acs:ram::1:role/r|nightly|1800|cn-shanghai", Providers.LastRoleArnCall);
        }

        [Fact]
        public void EcsRamRole_profile_uses_the_instance_role()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            var connection = Resolve(env, new ConnectionOptions { ProfileName = "ecs" });
            Assert.Equal(("STS.ecs-EcsMmsRole", "cn-beijing"), (connection.Credentials.AccessKeyId, connection.Region));
        }

        [Fact]
        public void Ecs_role_from_the_environment_is_the_last_resort_and_can_be_disabled()
        {
            using var env = new FakeEnvironment().Set(EnvironmentVariables.EcsMetadata, "NodeRole");
            Assert.Equal("STS.ecs-NodeRole", Resolve(env, new ConnectionOptions { Region = "cn-hangzhou" }).Credentials.AccessKeyId);
            env.Set(EnvironmentVariables.EcsMetadataDisabled, "true");
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { Region = "cn-hangzhou" }));
            Assert.Contains("ALIBABA_CLOUD_ECS_METADATA", e.Message);
        }

        [Fact]
        public void Environment_keys_beat_the_ecs_role()
        {
            using var env = WithEnvKeys(new FakeEnvironment()).Set(EnvironmentVariables.EcsMetadata, "NodeRole");
            Assert.Equal("ENV_ID", Resolve(env, new ConnectionOptions { Region = "cn-hangzhou" }).Credentials.AccessKeyId);
        }

        [Fact]
        public void Malformed_cli_file_is_a_clear_error()
        {
            using var env = new FakeEnvironment().WithCliConfig("{ not json");
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { ProfileName = "x" }));
            Assert.Equal("MmsCliConfigUnreadable", e.ErrorId.Id);
        }

        [Fact]
        public void Region_precedence_is_parameter_then_environment_then_profile()
        {
            using var env = WithEnvKeys(new FakeEnvironment().WithCliConfig(CliConfig)).Set(EnvironmentVariables.RegionId, "ap-southeast-1");
            Assert.Equal("cn-hongkong", Resolve(env, new ConnectionOptions { Region = "cn-hongkong" }).Region);
            Assert.Equal("ap-southeast-1", Resolve(env).Region);
            Assert.Equal(new Uri("https://maxcompute.ap-southeast-1.aliyuncs.com/"), Resolve(env).Endpoint);
        }

        [Fact]
        public void Endpoint_parameter_wins_over_region()
        {
            using var env = WithEnvKeys(new FakeEnvironment());
            var connection = Resolve(env, new ConnectionOptions { Region = "cn-hangzhou", Endpoint = "https://maxcompute-vpc.cn-hangzhou.aliyuncs.com" });
            Assert.Equal(new Uri("https://maxcompute-vpc.cn-hangzhou.aliyuncs.com/"), connection.Endpoint);
        }

        [Fact]
        public void No_region_and_no_endpoint_is_a_clear_error()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { ProfileName = "noregion" }));
            Assert.Equal("MmsRegionNotFound", e.ErrorId.Id);
        }
    }
}
