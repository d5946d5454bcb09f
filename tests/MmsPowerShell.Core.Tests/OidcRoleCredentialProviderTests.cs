using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    public class OidcRoleCredentialProviderTests
    {
        private const string RoleArn = "acs:ram::123:role/rrsa";
        private const string ProviderArn = "acs:ram::123:oidc-provider/ack-rrsa";

        private static string StsAnswer(string id, DateTime expires) =>
            "{\"RequestId\":\"R\",\"Credentials\":" + CredentialAnswers.Credentials(id, expires, code: null) + "}";

        private static Dictionary<string, string> Form(string body) =>
            body.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));

        [Fact]
        public void AssumeRoleWithOIDC_is_an_unsigned_form_post_that_rereads_the_token_on_renewal()
        {
            using var env = new FakeEnvironment();
            string tokenFile = env.WriteFile("token", "jwt-one\n");
            DateTime now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var bodies = new List<string>();
            var handler = new StubHttpHandler(request =>
            {
                bodies.Add(request.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
                return CredentialAnswers.Json(HttpStatusCode.OK, StsAnswer("STS.oidc" + bodies.Count, now.AddHours(1)));
            });
            var settings = new OidcRoleSettings(new RoleSettings(RoleArn, "pod", 0, "cn-beijing", useVpcEndpoint: true, policy: "{\"p\":1}"), ProviderArn, tokenFile);
            var provider = new OidcRoleCredentialProvider(settings, new HttpClient(handler), () => now);

            MmsCredentials first = provider.GetCredentials();
            Assert.Equal(("STS.oidc1", "t-STS.oidc1"), (first.AccessKeyId, first.SecurityToken));
            Assert.Contains(RoleArn, first.Source);
            Assert.DoesNotContain("jwt-one", first.Source);
            Assert.Same(first, provider.GetCredentials());

            HttpRequestMessage request = handler.Requests[0];
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("sts-vpc.cn-beijing.aliyuncs.com", request.RequestUri!.Host);
            Assert.False(request.Headers.Contains("Authorization"));
            Assert.Equal("?Action=AssumeRoleWithOIDC&Format=JSON&Timestamp=2026-01-01T00%3A00%3A00Z&Version=2015-04-01", request.RequestUri.Query);
            Assert.DoesNotContain("jwt", request.RequestUri.ToString());
            Assert.Equal("application/x-www-form-urlencoded", request.Content!.Headers.ContentType!.MediaType);
            var form = Form(bodies[0]);
            Assert.Equal(RoleArn, form["RoleArn"]);
            Assert.Equal(ProviderArn, form["OIDCProviderArn"]);
            Assert.Equal("jwt-one", form["OIDCToken"]);
            Assert.Equal("pod", form["RoleSessionName"]);
            Assert.Equal("3600", form["DurationSeconds"]);
            Assert.Equal("{\"p\":1}", form["Policy"]);

            File.WriteAllText(tokenFile, "jwt-two");
            now = now.AddMinutes(56);
            Assert.Equal("STS.oidc2", provider.GetCredentials().AccessKeyId);
            Assert.Equal("jwt-two", Form(bodies[1])["OIDCToken"]);
        }

        [Fact]
        public void Sts_refusal_names_the_role_and_provider_but_not_the_token()
        {
            using var env = new FakeEnvironment();
            string tokenFile = env.WriteFile("token", "secret-jwt");
            var handler = new StubHttpHandler(_ => CredentialAnswers.Json(HttpStatusCode.BadRequest,
                "{\"RequestId\":\"R9\",\"Code\":\"AuthenticationFail.OIDCToken.Expired\",\"Message\":\"The OIDC token has expired.\"}"));
            var provider = new OidcRoleCredentialProvider(new OidcRoleSettings(new RoleSettings(RoleArn), ProviderArn, tokenFile), new HttpClient(handler));
            var e = Assert.Throws<MmsConfigurationException>(() => provider.GetCredentials());
            Assert.Equal("MmsAssumeRoleFailed", e.ErrorId.Id);
            Assert.Contains("AssumeRoleWithOIDC", e.Message);
            Assert.Contains("AuthenticationFail.OIDCToken.Expired", e.Message);
            Assert.Contains(ProviderArn, e.Message);
            Assert.Contains("R9", e.Message);
            Assert.DoesNotContain("secret-jwt", e.Message);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Missing_or_empty_token_file_is_named(bool exists)
        {
            using var env = new FakeEnvironment();
            string tokenFile = exists ? env.WriteFile("token", "  \n") : Path.Combine(env.HomeDirectory, "absent-token");
            var handler = new StubHttpHandler(_ => throw new InvalidOperationException("STS must not be called without a token"));
            var provider = new OidcRoleCredentialProvider(new OidcRoleSettings(new RoleSettings(RoleArn), ProviderArn, tokenFile), new HttpClient(handler));
            var e = Assert.Throws<MmsConfigurationException>(() => provider.GetCredentials());
            Assert.Equal("MmsCredentialsFileUnreadable", e.ErrorId.Id);
            Assert.Contains(tokenFile, e.Message);
        }
    }
}
