using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Tests
{
    public class TemporaryCredentialProviderTests
    {
        private static readonly Uri Metadata = new Uri("http://127.0.0.1:1/");

        /// <summary>The metadata service's answer, which also says when the role's credentials were last renewed.</summary>
        private static string CredentialJson(string id, DateTime expires) =>
            CredentialAnswers.Credentials(id, expires, lastUpdated: "2026-01-01T00:00:00Z");

        [Fact]
        public void Ecs_role_uses_imdsv2_and_caches_until_shortly_before_expiry()
        {
            DateTime now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            int fetches = 0;
            var handler = new StubHttpHandler(request =>
            {
                if (request.Method == HttpMethod.Put)
                {
                    Assert.Equal("/latest/api/token", request.RequestUri!.AbsolutePath);
                    Assert.Equal("21600", request.Headers.GetValues("X-aliyun-ecs-metadata-token-ttl-seconds").Single());
                    return CredentialAnswers.Json(HttpStatusCode.OK, "session-token");
                }
                Assert.Equal("/latest/meta-data/ram/security-credentials/EcsMmsRole", request.RequestUri!.AbsolutePath);
                Assert.Equal("session-token", request.Headers.GetValues("X-aliyun-ecs-metadata-token").Single());
                fetches++;
                return CredentialAnswers.Json(HttpStatusCode.OK, CredentialJson("STS.ecs" + fetches, now.AddHours(1)));
            });
            var provider = new EcsRamRoleCredentialProvider("EcsMmsRole", new HttpClient(handler), Metadata, () => now);

            MmsCredentials first = provider.GetCredentials();
            Assert.Equal(("STS.ecs1", true), (first.AccessKeyId, first.IsTemporary));
            Assert.Equal("t-STS.ecs1", first.SecurityToken);
            now = now.AddMinutes(50);
            Assert.Same(first, provider.GetCredentials()); // 10 minutes left: still good
            now = now.AddMinutes(6);
            Assert.Equal("STS.ecs2", provider.GetCredentials().AccessKeyId); // 4 minutes left: renewed
            Assert.Equal(2, fetches);
        }

        [Theory]
        [InlineData(HttpStatusCode.OK, "{\"Code\":\"Failed\"}", "Code 'Failed'")]
        [InlineData(HttpStatusCode.NotFound, "", "HTTP 404")]
        [InlineData(HttpStatusCode.OK, "not json", "")]
        public void Ecs_role_failures_are_clear_configuration_errors(HttpStatusCode status, string body, string expected)
        {
            var handler = new StubHttpHandler(request => request.Method == HttpMethod.Put ? CredentialAnswers.Json(HttpStatusCode.OK, "t") : CredentialAnswers.Json(status, body));
            var e = Assert.Throws<MmsConfigurationException>(() =>
                new EcsRamRoleCredentialProvider("R", new HttpClient(handler), Metadata).GetCredentials());
            Assert.Equal("MmsEcsRamRoleUnavailable", e.ErrorId.Id);
            Assert.Contains(expected, e.Message);
            Assert.Contains("ECS instance", e.Message);
        }

        [Fact]
        public void Ecs_role_with_incomplete_credentials_is_refused()
        {
            var handler = new StubHttpHandler(request => request.Method == HttpMethod.Put
                ? CredentialAnswers.Json(HttpStatusCode.OK, "t") : CredentialAnswers.Json(HttpStatusCode.OK, "{\"Code\":\"Success\",\"AccessKeyId\":\"x\"}"));
            var e = Assert.Throws<MmsConfigurationException>(() => new EcsRamRoleCredentialProvider("R", new HttpClient(handler), Metadata).GetCredentials());
            Assert.Equal("MmsTemporaryCredentialsInvalid", e.ErrorId.Id);
        }

        [Fact]
        public void AssumeRole_is_a_signed_sts_call_and_its_answer_is_cached()
        {
            DateTime now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var source = new MmsCredentials("LTAIsource", "source-secret", null, "profile 'role'");
            var sent = new List<HttpRequestMessage>();
            var handler = new StubHttpHandler(request =>
            {
                sent.Add(request);
                return CredentialAnswers.Json(HttpStatusCode.OK, "{\"RequestId\":\"R1\",\"Credentials\":" + CredentialJson("STS.role", now.AddHours(1)) + "}");
            });
            var provider = new RamRoleArnCredentialProvider(source, new RoleSettings("acs:ram::123:role/mms", "nightly", 0, "cn-shanghai"), new HttpClient(handler), () => now);

            MmsCredentials assumed = provider.GetCredentials();
            Assert.Equal(("STS.role", "t-STS.role"), (assumed.AccessKeyId, assumed.SecurityToken));
            Assert.Same(assumed, provider.GetCredentials());
            HttpRequestMessage request = Assert.Single(sent);
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("sts.cn-shanghai.aliyuncs.com", request.RequestUri!.Host);
            Assert.Equal("AssumeRole", request.Headers.GetValues("x-acs-action").Single());
            Assert.Equal("2015-04-01", request.Headers.GetValues("x-acs-version").Single());
            Assert.Equal("?DurationSeconds=3600&RoleArn=acs%3Aram%3A%3A123%3Arole%2Fmms&RoleSessionName=nightly", request.RequestUri.Query);
            var headers = request.Headers.Where(h => h.Key != "Authorization").Select(h => new KeyValuePair<string, string>(h.Key, h.Value.Single()));
            var query = new[]
            {
                new KeyValuePair<string, string>("RoleArn", "acs:ram::123:role/mms"),
                new KeyValuePair<string, string>("RoleSessionName", "nightly"),
                new KeyValuePair<string, string>("DurationSeconds", "3600"),
            };
            Assert.Equal(Acs3Signer.CreateAuthorization("POST", "/", query, headers, "LTAIsource", Encoding.UTF8.GetBytes("source-secret")),
                request.Headers.GetValues("Authorization").Single());
        }

        [Fact]
        public void AssumeRole_errors_name_the_role_and_what_to_grant()
        {
            var handler = new StubHttpHandler(_ => CredentialAnswers.Json(HttpStatusCode.Forbidden,
                "{\"RequestId\":\"R2\",\"Code\":\"NoPermission.AssumeRole\",\"Message\":\"You are not authorized to do this action.\"}"));
            var provider = new RamRoleArnCredentialProvider(new MmsCredentials("LTAIs", "s", null, "t"), new RoleSettings("acs:ram::123:role/mms", durationSeconds: 900), new HttpClient(handler));
            var e = Assert.Throws<MmsConfigurationException>(() => provider.GetCredentials());
            Assert.Equal("MmsAssumeRoleFailed", e.ErrorId.Id);
            Assert.Contains("NoPermission.AssumeRole", e.Message);
            Assert.Contains("acs:ram::123:role/mms", e.Message);
            Assert.Contains("R2", e.Message);
            Assert.DoesNotContain("\"s\"", e.Message);
        }

        [Fact]
        public void AssumeRole_sends_the_session_policy_and_external_id()
        {
            var handler = new StubHttpHandler(_ => CredentialAnswers.Json(HttpStatusCode.OK,
                "{\"Credentials\":" + CredentialJson("STS.p", DateTime.UtcNow.AddHours(1)) + "}"));
            var role = new RoleSettings("acs:ram::1:role/r", policy: "{\"Version\":\"1\"}", externalId: "ext-1");
            new RamRoleArnCredentialProvider(new MmsCredentials("LTAIs", "s", null, "t"), role, new HttpClient(handler)).GetCredentials();
            string query = Uri.UnescapeDataString(Assert.Single(handler.Requests).RequestUri!.Query);
            Assert.Contains("Policy={\"Version\":\"1\"}", query);
            Assert.Contains("ExternalId=ext-1", query);
        }

        [Theory]
        [InlineData(null, false, "https://sts.aliyuncs.com/")]
        [InlineData("cn-hangzhou", false, "https://sts.cn-hangzhou.aliyuncs.com/")]
        [InlineData("CN-Hangzhou", true, "https://sts-vpc.cn-hangzhou.aliyuncs.com/")]
        [InlineData(null, true, "https://sts.aliyuncs.com/")]
        public void Sts_endpoint_follows_the_sts_region_and_vpc_switch(string? region, bool vpc, string expected)
        {
            Assert.Equal(new Uri(expected), new RoleSettings("acs:ram::1:role/r", stsRegion: region, useVpcEndpoint: vpc).StsEndpoint);
        }

        [Theory]
        [InlineData(0, 3600)]
        [InlineData(60, 900)]
        [InlineData(7200, 7200)]
        public void Role_duration_defaults_to_an_hour_and_respects_the_sts_minimum(int asked, int sent)
        {
            Assert.Equal(sent, new RoleSettings("acs:ram::1:role/r", durationSeconds: asked).DurationSeconds);
        }
    }
}
