using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>The default chain's order and its INI, OIDC and credentials URI steps, against local files and fakes.</summary>
    public class CredentialChainTests
    {
        private const string Ini = @"
[default]
type = access_key
access_key_id = INI_DEFAULT_ID
access_key_secret = ini-default-secret

[migrator]
type = ram_role_arn
access_key_id = INI_ROLE_ID
access_key_secret = ini-role-secret
role_arn = acs:ram::1:role/migrator
role_session_name = mma-admin
sts_region = cn-shanghai

[node]
type = ecs_ram_role
role_name = NodeRole

[rrsa]
type = oidc_role_arn
role_arn = acs:ram::1:role/rrsa
oidc_provider_arn = acs:ram::1:oidc-provider/ack
oidc_token_file_path = /var/run/secrets/token

[prod]
type = access_key
access_key_id = INI_PROD_ID
access_key_secret = ini-prod-secret

[nosecret]
type = access_key
access_key_id = HALF_ID

[rolenoarn]
type = ram_role_arn
access_key_id = X
access_key_secret = leaked-secret

[strange]
type = rsa_key_pair
access_key_secret = leaked-secret

[untyped]
access_key_id = X
access_key_secret = leaked-secret
";

        private const string CliConfig = @"{
  ""current"": ""default"",
  ""profiles"": [
    { ""name"": ""default"", ""mode"": ""AK"", ""access_key_id"": ""CLI_DEFAULT_ID"", ""access_key_secret"": ""cli-default-secret"", ""region_id"": ""cn-beijing"" },
    { ""name"": ""prod"", ""mode"": ""AK"", ""access_key_id"": ""CLI_PROD_ID"", ""access_key_secret"": ""cli-prod-secret"", ""region_id"": ""cn-shanghai"" }
  ]
}";

        private readonly FakeProviderFactory _providers = new FakeProviderFactory();

        private MmsConnection Resolve(FakeEnvironment environment, ConnectionOptions? options = null) =>
            new ConnectionResolver(environment, _providers).Resolve(options ?? new ConnectionOptions { Region = "cn-hangzhou" });

        private static FakeEnvironment WithIni(FakeEnvironment env) { env.WriteFile(Path.Combine(".alibabacloud", "credentials"), Ini); return env; }

        private static FakeEnvironment WithOidc(FakeEnvironment env) => env
            .Set(EnvironmentVariables.RoleArn, "acs:ram::1:role/pod")
            .Set(EnvironmentVariables.OidcProviderArn, "acs:ram::1:oidc-provider/ack")
            .Set(EnvironmentVariables.OidcTokenFile, "/var/run/secrets/ack/token");

        private static FakeEnvironment WithEnvKeys(FakeEnvironment env) =>
            env.Set(EnvironmentVariables.AccessKeyId, "ENV_ID").Set(EnvironmentVariables.AccessKeySecret, "env-secret");

        [Fact]
        public void Chain_order_is_environment_oidc_cli_ini_ecs_uri()
        {
            using var env = WithEnvKeys(WithOidc(WithIni(new FakeEnvironment().WithCliConfig(CliConfig))))
                .Set(EnvironmentVariables.EcsMetadata, "NodeRole")
                .Set(EnvironmentVariables.CredentialsUri, "http://127.0.0.1:9/creds");
            Assert.Equal("ENV_ID", Resolve(env).Credentials.AccessKeyId);
            env.Set(EnvironmentVariables.AccessKeyId, "").Set(EnvironmentVariables.AccessKeySecret, "");
            Assert.Equal("STS.oidc", Resolve(env).Credentials.AccessKeyId);
            env.Set(EnvironmentVariables.OidcProviderArn, "").Set(EnvironmentVariables.OidcTokenFile, "");
            Assert.Equal("CLI_DEFAULT_ID", Resolve(env).Credentials.AccessKeyId);
            env.Set(EnvironmentVariables.CliProfileDisabled, "true");
            Assert.Equal("INI_DEFAULT_ID", Resolve(env).Credentials.AccessKeyId);
            File.Delete(Path.Combine(env.HomeDirectory, ".alibabacloud", "credentials"));
            Assert.Equal("STS.ecs-NodeRole", Resolve(env).Credentials.AccessKeyId);
            env.Set(EnvironmentVariables.EcsMetadataDisabled, "true");
            Assert.Equal("STS.uri", Resolve(env).Credentials.AccessKeyId);
            Assert.Equal("http://127.0.0.1:9/creds", _providers.LastUriCall!.ToString());
        }

        [Fact]
        public void Ini_default_section_is_used_and_named_in_the_source()
        {
            using var env = WithIni(new FakeEnvironment());
            MmsCredentials credentials = Resolve(env).Credentials;
            Assert.Equal(("INI_DEFAULT_ID", "ini-default-secret"), (credentials.AccessKeyId, credentials.AccessKeySecret));
            Assert.Equal("section [default] of " + Path.Combine(env.HomeDirectory, ".alibabacloud", "credentials"), credentials.Source);
        }

        [Fact]
        public void Ini_file_from_the_variable_and_section_from_ALIBABA_CLOUD_PROFILE()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            string path = env.WriteFile("ops/creds.ini", Ini);
            env.Set(EnvironmentVariables.CredentialsFile, path).Set(EnvironmentVariables.Profile, "migrator");
            Assert.Equal("STS.assumed", Resolve(env).Credentials.AccessKeyId);
            Assert.Equal("INI_ROLE_ID|acs:ram::1:role/migrator|mma-admin|3600|cn-shanghai", _providers.LastRoleArnCall);
        }

        [Fact]
        public void ALIBABA_CLOUD_PROFILE_in_neither_file_names_both()
        {
            using var env = WithIni(new FakeEnvironment().WithCliConfig(CliConfig)).Set(EnvironmentVariables.Profile, "ghost");
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env));
            Assert.Equal("MmsProfileNotFound", e.ErrorId.Id);
            Assert.Contains("ALIBABA_CLOUD_PROFILE names profile 'ghost'", e.Message);
            Assert.Contains("config.json", e.Message);
            Assert.Contains(Path.Combine(".alibabacloud", "credentials"), e.Message);
        }

        [Theory]
        [InlineData("node", "STS.ecs-NodeRole")]
        [InlineData("rrsa", "STS.oidc")]
        [InlineData("migrator", "STS.assumed")]
        public void Ini_types_reach_their_providers(string section, string expectedId)
        {
            using var env = WithIni(new FakeEnvironment());
            Assert.Equal(expectedId, Resolve(env, new ConnectionOptions { ProfileName = section, Region = "cn-hangzhou" }).Credentials.AccessKeyId);
            if (section == "rrsa")
            {
                Assert.Equal(("acs:ram::1:role/rrsa", "acs:ram::1:oidc-provider/ack", "/var/run/secrets/token"),
                    (_providers.LastOidcCall!.Role.RoleArn, _providers.LastOidcCall.ProviderArn, _providers.LastOidcCall.TokenFile));
            }
        }

        [Theory]
        [InlineData("nosecret", "MmsProfileIncomplete", "has no access_key_secret")]
        [InlineData("rolenoarn", "MmsProfileIncomplete", "has no role_arn")]
        [InlineData("untyped", "MmsProfileIncomplete", "has no type")]
        [InlineData("strange", "MmsProfileModeNotSupported", "type 'rsa_key_pair'")]
        public void Unusable_ini_sections_name_file_section_and_key_but_not_the_secret(string section, string errorId, string expected)
        {
            using var env = WithIni(new FakeEnvironment());
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { ProfileName = section, Region = "cn-hangzhou" }));
            Assert.Equal(errorId, e.ErrorId.Id);
            Assert.Contains("section [" + section + "] of " + Path.Combine(env.HomeDirectory, ".alibabacloud", "credentials"), e.Message);
            Assert.Contains(expected, e.Message);
            Assert.DoesNotContain("leaked-secret", e.Message);
        }

        [Fact]
        public void ProfileName_prefers_the_cli_profile_and_falls_back_to_the_ini_section()
        {
            using var env = WithIni(new FakeEnvironment().WithCliConfig(CliConfig));
            MmsConnection prod = Resolve(env, new ConnectionOptions { ProfileName = "prod" });
            Assert.Equal(("CLI_PROD_ID", "cn-shanghai"), (prod.Credentials.AccessKeyId, prod.Region));
            Assert.Equal("STS.ecs-NodeRole", Resolve(env, new ConnectionOptions { ProfileName = "node", Region = "cn-hangzhou" }).Credentials.AccessKeyId);
        }

        [Fact]
        public void ProfileName_uses_the_ini_file_when_there_is_no_cli_file()
        {
            using var env = WithIni(new FakeEnvironment());
            Assert.Equal("INI_PROD_ID", Resolve(env, new ConnectionOptions { ProfileName = "prod", Region = "cn-hangzhou" }).Credentials.AccessKeyId);
        }

        [Fact]
        public void ProfileName_in_neither_file_names_both()
        {
            using var env = WithIni(new FakeEnvironment().WithCliConfig(CliConfig));
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions { ProfileName = "ghost" }));
            Assert.Equal("MmsProfileNotFound", e.ErrorId.Id);
            Assert.Contains("Profile 'ghost'", e.Message);
            Assert.Contains("config.json", e.Message);
            Assert.Contains(Path.Combine(".alibabacloud", "credentials"), e.Message);
        }

        [Fact]
        public void Broken_files_do_not_matter_to_a_call_that_does_not_need_them()
        {
            using var env = WithEnvKeys(new FakeEnvironment().WithCliConfig("{ not json"));
            env.WriteFile(Path.Combine(".alibabacloud", "credentials"), "garbage line\n");
            env.Set(EnvironmentVariables.CredentialsFile, Path.Combine(env.HomeDirectory, "missing.ini"));
            Assert.Equal("ENV_ID", Resolve(env).Credentials.AccessKeyId);
            Assert.Equal("ENV_ID", Resolve(env, new ConnectionOptions { Endpoint = "https://mms.example.com" }).Credentials.AccessKeyId);
            env.Set(EnvironmentVariables.RegionId, "cn-shenzhen");
            Assert.Equal("cn-shenzhen", Resolve(env, new ConnectionOptions()).Region);
        }

        [Fact]
        public void A_broken_cli_file_needed_for_the_region_is_named_with_a_way_round_it()
        {
            using var env = WithEnvKeys(new FakeEnvironment().WithCliConfig("{ \"current\": \"default\", \"profiles\": [ { \"access_key_secret\": leaked-secret } ] }"));
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env, new ConnectionOptions()));
            Assert.Equal("MmsCliConfigUnreadable", e.ErrorId.Id);
            Assert.Contains(AliyunCliConfig.DefaultPath(env), e.Message);
            Assert.Contains("access_key_secret", e.Message);
            Assert.Contains("-Region", e.Message);
            Assert.DoesNotContain("leaked-secret", e.Message);
        }

        [Fact]
        public void A_broken_ini_file_needed_by_the_chain_is_named()
        {
            using var env = new FakeEnvironment();
            string path = env.WriteFile(Path.Combine(".alibabacloud", "credentials.ini"), "[default]\naccess_key_secret leaked-secret\n");
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env));
            Assert.Equal("MmsCredentialsFileUnreadable", e.ErrorId.Id);
            Assert.Contains(path, e.Message);
            Assert.Contains("line 2", e.Message);
            Assert.DoesNotContain("leaked-secret", e.Message);
        }

        [Fact]
        public void Oidc_variables_pass_session_region_and_vpc()
        {
            using var env = WithOidc(new FakeEnvironment())
                .Set(EnvironmentVariables.RoleSessionName, "pod-7")
                .Set(EnvironmentVariables.StsRegion, "cn-beijing")
                .Set(EnvironmentVariables.VpcEndpointEnabled, "true");
            Assert.Equal("STS.oidc", Resolve(env).Credentials.AccessKeyId);
            OidcRoleSettings oidc = _providers.LastOidcCall!;
            Assert.Equal(("acs:ram::1:role/pod", "pod-7", "/var/run/secrets/ack/token"), (oidc.Role.RoleArn, oidc.Role.SessionName, oidc.TokenFile));
            Assert.Equal("https://sts-vpc.cn-beijing.aliyuncs.com/", oidc.Role.StsEndpoint.ToString());
        }

        [Fact]
        public void Half_an_oidc_set_up_says_what_is_missing_but_a_lone_role_arn_is_not_one()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig).Set(EnvironmentVariables.RoleArn, "acs:ram::1:role/other-tool");
            Assert.Equal("CLI_DEFAULT_ID", Resolve(env).Credentials.AccessKeyId);
            env.Set(EnvironmentVariables.OidcTokenFile, "/token");
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env));
            Assert.Equal("MmsCredentialsIncomplete", e.ErrorId.Id);
            Assert.Contains(EnvironmentVariables.OidcProviderArn + " is not set", e.Message);
        }

        [Fact]
        public void Invalid_credentials_uri_variable_is_named()
        {
            using var env = new FakeEnvironment().Set(EnvironmentVariables.CredentialsUri, "not a uri");
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env));
            Assert.Equal("MmsCredentialsUriInvalid", e.ErrorId.Id);
            Assert.Contains(EnvironmentVariables.CredentialsUri, e.Message);
        }

        [Fact]
        public void No_credentials_lists_every_source_of_the_chain()
        {
            using var env = new FakeEnvironment();
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env));
            Assert.Equal("MmsCredentialsNotFound", e.ErrorId.Id);
            foreach (string expected in new[] { EnvironmentVariables.OidcTokenFile, "credentials.ini (file not found)", EnvironmentVariables.EcsMetadata, EnvironmentVariables.CredentialsUri })
            {
                Assert.Contains(expected, e.Message);
            }
        }

        [Fact]
        public void No_credentials_says_what_to_type_next()
        {
            using var env = new FakeEnvironment();
            var e = Assert.Throws<MmsConfigurationException>(() => Resolve(env));
            foreach (string step in new[] { "Connect-Mms -Region cn-hangzhou -Credential (Get-Credential)", "aliyun configure", EnvironmentVariables.AccessKeyId, EnvironmentVariables.AccessKeySecret })
            {
                Assert.Contains(step, e.Message);
            }
            // Said once: in the message (what a log keeps), not again as the recommended action.
            Assert.Null(e.RecommendedAction);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(e.Message, "Next:"));
        }
    }
}
