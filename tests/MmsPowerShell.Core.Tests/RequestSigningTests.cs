using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Tests
{
    public class RequestSigningTests
    {
        private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "GetMmsTable-example.json"));

        private static async Task<HttpRequestMessage> Send(string? token = null, Uri? endpoint = null)
        {
            var handler = StubHttpHandler.Returning(HttpStatusCode.OK, Example);
            var client = endpoint == null
                ? TestClients.For(handler, token, () => new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc))
                : new MmsApiClient(new MmsTransport(new MmsConnection(endpoint, null, new MmsCredentials("id", TestClients.Secret, token, "t")), new HttpClient(handler)));
            await client.GetTableAsync(12323, 22, CancellationToken.None);
            return Assert.Single(handler.Requests);
        }

        private static string H(HttpRequestMessage r, string name) => r.Headers.GetValues(name).Single();

        [Fact]
        public async Task Request_has_the_documented_path_headers_and_a_verifiable_signature()
        {
            HttpRequestMessage r = await Send();
            Assert.Equal(HttpMethod.Get, r.Method);
            Assert.Equal("https://maxcompute.cn-hangzhou.aliyuncs.com/api/v1/mms/datasources/12323/tables/22", r.RequestUri!.ToString());
            Assert.Equal("maxcompute.cn-hangzhou.aliyuncs.com", r.Headers.Host);
            Assert.Equal("GetMmsTable", H(r, "x-acs-action"));
            Assert.Equal("2022-01-04", H(r, "x-acs-version"));
            Assert.Equal("2026-01-02T03:04:05Z", H(r, "x-acs-date"));
            Assert.Matches("^[0-9a-f]{32}$", H(r, "x-acs-signature-nonce"));
            Assert.Equal(Digests.EmptyBodySha256, H(r, "x-acs-content-sha256"));
            Assert.False(r.Headers.Contains("x-acs-security-token"));

            // Re-derive the signature from what was actually sent, as the server does.
            string authorization = H(r, "Authorization");
            var sent = r.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.Single()))
                .Where(h => h.Key != "Authorization").ToList();
            string expected = Acs3Signer.CreateAuthorization("GET", r.RequestUri.AbsolutePath, new KeyValuePair<string, string>[0], sent,
                "LTAITestKeyId", Encoding.UTF8.GetBytes(TestClients.Secret));
            Assert.Equal(expected, authorization);
            Assert.Contains("SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,", authorization);
        }

        [Fact]
        public async Task Sts_credentials_send_and_sign_the_token()
        {
            HttpRequestMessage r = await Send(token: "sts-token-value");
            Assert.Equal("sts-token-value", H(r, "x-acs-security-token"));
            Assert.Contains("x-acs-security-token", H(r, "Authorization"));
        }

        [Fact]
        public async Task Host_carries_the_port_when_it_is_not_the_default()
        {
            HttpRequestMessage r = await Send(endpoint: new Uri("http://127.0.0.1:18080/"));
            Assert.Equal("127.0.0.1:18080", r.Headers.Host);
        }

        [Fact]
        public async Task Every_request_gets_a_fresh_nonce()
        {
            var handler = StubHttpHandler.Returning(HttpStatusCode.OK, Example);
            var client = TestClients.For(handler);
            await client.GetTableAsync(2000028, 22, CancellationToken.None);
            await client.GetTableAsync(2000028, 22, CancellationToken.None);
            Assert.NotEqual(H(handler.Requests[0], "x-acs-signature-nonce"), H(handler.Requests[1], "x-acs-signature-nonce"));
        }

        [Fact]
        public async Task The_secret_is_never_sent()
        {
            HttpRequestMessage r = await Send(token: "tok");
            Assert.DoesNotContain(r.Headers.SelectMany(h => h.Value), v => v.Contains(TestClients.Secret));
            Assert.DoesNotContain(TestClients.Secret, r.RequestUri!.ToString());
        }

        [Fact]
        public void Credentials_do_not_show_the_secret_or_token()
        {
            var c = new MmsCredentials("LTAIabc", "the-secret", "the-token", "test");
            Assert.DoesNotContain("the-secret", c.ToString());
            Assert.DoesNotContain("the-token", c.ToString());
            Assert.DoesNotContain(typeof(MmsCredentials).GetProperties(), p => p.Name.Contains("Secret") || p.Name.Contains("Token"));
        }
    }
}
