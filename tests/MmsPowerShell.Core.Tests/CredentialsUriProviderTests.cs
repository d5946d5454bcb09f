using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    public class CredentialsUriProviderTests
    {
        private static readonly Uri Service = new Uri("http://127.0.0.1:8099/creds/role?token=uri-secret-token");

        [Fact]
        public void Answer_is_cached_until_shortly_before_expiry_and_the_source_hides_the_query()
        {
            DateTime now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            int calls = 0;
            var handler = new StubHttpHandler(request =>
            {
                Assert.Equal(HttpMethod.Get, request.Method);
                Assert.Equal(Service, request.RequestUri);
                calls++;
                return CredentialAnswers.Json(HttpStatusCode.OK, CredentialAnswers.Credentials("STS.uri" + calls, now.AddMinutes(30)));
            });
            var provider = new CredentialsUriProvider(Service, new HttpClient(handler), () => now);
            MmsCredentials first = provider.GetCredentials();
            Assert.Equal(("STS.uri1", "t-STS.uri1"), (first.AccessKeyId, first.SecurityToken));
            Assert.Equal("the credentials URI http://127.0.0.1:8099/creds/role", first.Source);
            Assert.Same(first, provider.GetCredentials());
            now = now.AddMinutes(26);
            Assert.Equal("STS.uri2", provider.GetCredentials().AccessKeyId);
        }

        [Theory]
        [InlineData(HttpStatusCode.InternalServerError, "{\"Code\":\"Denied\",\"Message\":\"role not bound\",\"AccessKeySecret\":\"leaked-secret\"}", "HTTP 500 (Denied): role not bound")]
        [InlineData(HttpStatusCode.Forbidden, "<html>leaked-secret</html>", "HTTP 403")]
        [InlineData(HttpStatusCode.OK, "{\"Code\":\"Failed\",\"AccessKeySecret\":\"leaked-secret\"}", "did not answer Code 'Success' (Failed)")]
        [InlineData(HttpStatusCode.OK, "leaked-secret is not json", "not JSON")]
        [InlineData(HttpStatusCode.OK, "[\"leaked-secret\"]", "not a JSON object")]
        public void Error_answers_name_the_uri_but_never_the_body_or_its_query(HttpStatusCode status, string body, string expected)
        {
            var provider = new CredentialsUriProvider(Service, new HttpClient(new StubHttpHandler(_ => CredentialAnswers.Json(status, body))));
            var e = Assert.Throws<MmsConfigurationException>(() => provider.GetCredentials());
            Assert.Equal("MmsCredentialsUriFailed", e.ErrorId.Id);
            Assert.Contains(expected, e.Message);
            Assert.Contains("http://127.0.0.1:8099/creds/role", e.Message);
            Assert.DoesNotContain("leaked-secret", e.Message);
            Assert.DoesNotContain("uri-secret-token", e.Message);
        }

        [Fact]
        public void Answer_without_a_token_is_incomplete()
        {
            var provider = new CredentialsUriProvider(Service, new HttpClient(new StubHttpHandler(_ =>
                CredentialAnswers.Json(HttpStatusCode.OK, "{\"AccessKeyId\":\"id\",\"AccessKeySecret\":\"leaked-secret\"}"))));
            var e = Assert.Throws<MmsConfigurationException>(() => provider.GetCredentials());
            Assert.Equal("MmsTemporaryCredentialsInvalid", e.ErrorId.Id);
            Assert.DoesNotContain("leaked-secret", e.Message);
        }

        [Theory]
        [InlineData("not a uri")]
        [InlineData("ftp://host/creds")]
        [InlineData("/relative/path")]
        public void Only_absolute_http_uris_are_accepted(string text)
        {
            var e = Assert.Throws<MmsConfigurationException>(() => CredentialsUriProvider.Parse(text, "ALIBABA_CLOUD_CREDENTIALS_URI"));
            Assert.Equal("MmsCredentialsUriInvalid", e.ErrorId.Id);
            Assert.Contains("ALIBABA_CLOUD_CREDENTIALS_URI", e.Message);
        }
    }
}
