using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>The aliyun CLI profile modes beyond AK/StsToken/RamRoleArn/EcsRamRole. External commands run through /bin/sh.</summary>
    public class CliProfileModeTests
    {
        private const string CliConfig = @"{
  ""current"": ""base"",
  ""profiles"": [
    { ""name"": ""base"", ""mode"": ""AK"", ""access_key_id"": ""BASE_ID"", ""access_key_secret"": ""base-secret"", ""region_id"": ""cn-beijing"" },
    { ""name"": ""hop1"", ""mode"": ""ChainableRamRoleArn"", ""source_profile"": ""base"", ""ram_role_arn"": ""acs:ram::1:role/hop1"", ""ram_session_name"": ""one"", ""expired_seconds"": 1200, ""sts_region"": ""cn-hangzhou"", ""region_id"": ""cn-shanghai"" },
    { ""name"": ""hop2"", ""mode"": ""ChainableRamRoleArn"", ""source_profile"": ""hop1"", ""ram_role_arn"": ""acs:ram::1:role/hop2"" },
    { ""name"": ""loopA"", ""mode"": ""ChainableRamRoleArn"", ""source_profile"": ""loopB"", ""ram_role_arn"": ""acs:ram::1:role/a"" },
    { ""name"": ""loopB"", ""mode"": ""ChainableRamRoleArn"", ""source_profile"": ""loopA"", ""ram_role_arn"": ""acs:ram::1:role/b"" },
    { ""name"": ""self"", ""mode"": ""ChainableRamRoleArn"", ""source_profile"": ""self"", ""ram_role_arn"": ""acs:ram::1:role/s"" },
    { ""name"": ""orphan"", ""mode"": ""ChainableRamRoleArn"", ""source_profile"": ""gone"", ""ram_role_arn"": ""acs:ram::1:role/o"" },
    { ""name"": ""nosource"", ""mode"": ""ChainableRamRoleArn"", ""ram_role_arn"": ""acs:ram::1:role/o"" },
    { ""name"": ""oidc"", ""mode"": ""OIDC"", ""ram_role_arn"": ""acs:ram::1:role/rrsa"", ""oidc_provider_arn"": ""acs:ram::1:oidc-provider/ack"", ""oidc_token_file"": ""/token"", ""ram_session_name"": ""pod"", ""sts_region"": ""cn-beijing"", ""enable_vpc"": true },
    { ""name"": ""oidcbroken"", ""mode"": ""OIDC"", ""ram_role_arn"": ""acs:ram::1:role/rrsa"", ""oidc_token_file"": ""/token"" },
    { ""name"": ""uri"", ""mode"": ""CredentialsURI"", ""credentials_uri"": ""http://127.0.0.1:7000/creds?key=uri-secret"" },
    { ""name"": ""uribroken"", ""mode"": ""CredentialsURI"", ""credentials_uri"": ""no uri here"" },
    { ""name"": ""ext-ak"", ""mode"": ""External"", ""process_command"": ""sh -c 'echo {\\\""mode\\\"":\\\""AK\\\"",\\\""access_key_id\\\"":\\\""EXT_ID\\\"",\\\""access_key_secret\\\"":\\\""ext-secret\\\""}'"" },
    { ""name"": ""ext-sts"", ""mode"": ""External"", ""process_command"": ""printf '%s' '{\""mode\"":\""StsToken\"",\""access_key_id\"":\""STS.EXT\"",\""access_key_secret\"":\""s\"",\""sts_token\"":\""ext-token\""}'"" },
    { ""name"": ""ext-role"", ""mode"": ""External"", ""process_command"": ""echo '{\""mode\"":\""RamRoleArn\"",\""access_key_id\"":\""EXT_ROLE_ID\"",\""access_key_secret\"":\""s\"",\""ram_role_arn\"":\""acs:ram::1:role/ext\""}'"" },
    { ""name"": ""ext-fails"", ""mode"": ""External"", ""process_command"": ""echo leaked-secret; echo leaked-secret >&2; exit 3"" },
    { ""name"": ""ext-garbage"", ""mode"": ""External"", ""process_command"": ""echo 'access_key_secret=leaked-secret'"" },
    { ""name"": ""ext-mode"", ""mode"": ""External"", ""process_command"": ""echo '{\""mode\"":\""External\"",\""access_key_secret\"":\""leaked-secret\""}'"" },
    { ""name"": ""ext-half"", ""mode"": ""External"", ""process_command"": ""echo '{\""mode\"":\""AK\"",\""access_key_id\"":\""X\""}'"" },
    { ""name"": ""ext-missing"", ""mode"": ""External"", ""process_command"": ""/nonexistent/credential-helper --secret leaked-secret"" },
    { ""name"": ""ext-slow"", ""mode"": ""External"", ""process_command"": ""sleep 10"" },
    { ""name"": ""ext-none"", ""mode"": ""External"" },
    { ""name"": ""sso"", ""mode"": ""CloudSSO"" },
    { ""name"": ""oauth"", ""mode"": ""OAuth"" },
    { ""name"": ""weird"", ""mode"": ""Telepathy"" }
  ]
}";

        private readonly FakeProviderFactory _providers = new FakeProviderFactory();

        private MmsConnection Resolve(FakeEnvironment env, string profile) =>
            new ConnectionResolver(env, _providers).Resolve(new ConnectionOptions { ProfileName = profile, Region = "cn-hangzhou" });

        private MmsConfigurationException Fails(string profile)
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            return Assert.Throws<MmsConfigurationException>(() => Resolve(env, profile));
        }

        [Fact]
        public void ChainableRamRoleArn_assumes_the_role_with_the_source_profile_credentials()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            MmsConnection connection = new ConnectionResolver(env, _providers).Resolve(new ConnectionOptions { ProfileName = "hop1" });
            Assert.Equal(("STS.assumed", "cn-shanghai"), (connection.Credentials.AccessKeyId, connection.Region));
            Assert.Equal("BASE_ID|acs:ram::1:role/hop1|one|1200|cn-hangzhou", _providers.LastRoleArnCall);
            Resolve(env, "hop2");
            Assert.Equal("STS.assumed|acs:ram::1:role/hop2|MmsPowerShell|3600|", _providers.LastRoleArnCall);
        }

        [Theory]
        [InlineData("loopA", "loopA -> loopB -> loopA")]
        [InlineData("self", "self -> self")]
        public void A_source_profile_cycle_is_refused_naming_the_chain_and_file(string profile, string chain)
        {
            var e = Fails(profile);
            Assert.Equal("MmsProfileCycle", e.ErrorId.Id);
            Assert.Contains(chain, e.Message);
            Assert.Contains("config.json", e.Message);
        }

        [Theory]
        [InlineData("orphan", "MmsProfileNotFound", "source_profile 'gone'")]
        [InlineData("nosource", "MmsProfileIncomplete", "has no source_profile")]
        [InlineData("oidcbroken", "MmsProfileIncomplete", "has no oidc_provider_arn")]
        [InlineData("uribroken", "MmsCredentialsUriInvalid", "profile 'uribroken'")]
        [InlineData("ext-none", "MmsProfileIncomplete", "has no process_command")]
        public void Incomplete_profiles_name_profile_file_and_key(string profile, string errorId, string expected)
        {
            var e = Fails(profile);
            Assert.Equal(errorId, e.ErrorId.Id);
            Assert.Contains(expected, e.Message);
            Assert.Contains("config.json", e.Message);
        }

        [Fact]
        public void Oidc_mode_reads_its_fields()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            Assert.Equal("STS.oidc", Resolve(env, "oidc").Credentials.AccessKeyId);
            OidcRoleSettings oidc = _providers.LastOidcCall!;
            Assert.Equal(("acs:ram::1:role/rrsa", "acs:ram::1:oidc-provider/ack", "/token", "pod"),
                (oidc.Role.RoleArn, oidc.ProviderArn, oidc.TokenFile, oidc.Role.SessionName));
            Assert.Equal("https://sts-vpc.cn-beijing.aliyuncs.com/", oidc.Role.StsEndpoint.ToString());
        }

        [Fact]
        public void CredentialsUri_mode_calls_the_uri()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            Assert.Equal("STS.uri", Resolve(env, "uri").Credentials.AccessKeyId);
            Assert.Equal(new Uri("http://127.0.0.1:7000/creds?key=uri-secret"), _providers.LastUriCall);
        }

        [Fact]
        public void External_command_output_becomes_credentials_and_the_source_says_so()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            MmsCredentials ak = Resolve(env, "ext-ak").Credentials;
            Assert.Equal(("EXT_ID", "ext-secret", (string?)null), (ak.AccessKeyId, ak.AccessKeySecret, ak.SecurityToken));
            Assert.StartsWith("the output of the process_command of profile 'ext-ak' in ", ak.Source);
            Assert.DoesNotContain("ext-secret", ak.Source);
            MmsCredentials sts = Resolve(env, "ext-sts").Credentials;
            Assert.Equal(("STS.EXT", "ext-token"), (sts.AccessKeyId, sts.SecurityToken));
            Assert.Equal("STS.assumed", Resolve(env, "ext-role").Credentials.AccessKeyId);
            Assert.Equal("EXT_ROLE_ID|acs:ram::1:role/ext|MmsPowerShell|3600|", _providers.LastRoleArnCall);
        }

        [Theory]
        [InlineData("ext-fails", "MmsExternalCredentialsFailed", "exited with code 3")]
        [InlineData("ext-garbage", "MmsExternalCredentialsFailed", "did not print a JSON object")]
        [InlineData("ext-mode", "MmsExternalCredentialsFailed", "printed mode 'External'")]
        [InlineData("ext-half", "MmsProfileIncomplete", "has no access_key_secret")]
        [InlineData("ext-missing", "MmsExternalCredentialsFailed", "exited with code 127")]
        public void External_failures_name_the_profile_but_never_echo_the_output(string profile, string errorId, string expected)
        {
            var e = Fails(profile);
            Assert.Equal(errorId, e.ErrorId.Id);
            Assert.Contains("process_command of profile '" + profile + "'", e.Message);
            Assert.Contains(expected, e.Message);
            Assert.DoesNotContain("leaked-secret", e.Message);
            Assert.DoesNotContain("leaked-secret", e.InnerException?.Message ?? string.Empty);
        }

        [Fact]
        public void External_command_that_hangs_is_stopped_after_the_timeout()
        {
            using var env = new FakeEnvironment().WithCliConfig(CliConfig);
            AliyunCliConfig config = AliyunCliConfig.TryLoad(AliyunCliConfig.DefaultPath(env))!;
            var started = DateTime.UtcNow;
            var e = Assert.Throws<MmsConfigurationException>(() =>
                new CliProfileCredentials(config, _providers, TimeSpan.FromMilliseconds(300)).Resolve(config.FindProfile("ext-slow")!));
            Assert.Equal("MmsExternalCredentialsFailed", e.ErrorId.Id);
            Assert.Contains("did not finish within 0.3 s", e.Message);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        }

        [Theory]
        [InlineData("sso", "'CloudSSO'")]
        [InlineData("oauth", "'OAuth'")]
        [InlineData("weird", "'Telepathy'")]
        public void Unsupported_modes_are_named_with_what_to_use_instead(string profile, string mode)
        {
            var e = Fails(profile);
            Assert.Equal("MmsProfileModeNotSupported", e.ErrorId.Id);
            Assert.Contains(mode, e.Message);
            Assert.Contains("does not support", e.Message);
            Assert.Contains("External", e.Message);
        }
    }
}
