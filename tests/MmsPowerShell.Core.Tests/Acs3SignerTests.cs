using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Tests
{
    // Expected values come from signing.md, computed with Alibaba Cloud's own @alicloud/openapi-util,
    // not from this signer.
    public class Acs3SignerTests
    {
        private static readonly byte[] Secret = Encoding.UTF8.GetBytes("YourAccessKeySecret");

        private static KeyValuePair<string, string> P(string k, string v) => new KeyValuePair<string, string>(k, v);

        [Fact]
        public void GetMmsTable_worked_example_matches_byte_for_byte()
        {
            var headers = new[]
            {
                P("host", "maxcompute.cn-hangzhou.aliyuncs.com"),
                P("x-acs-action", "GetMmsTable"),
                P("x-acs-version", "2022-01-04"),
                P("x-acs-date", "2026-01-02T03:04:05Z"),
                P("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
                P("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                P("user-agent", "not signed"),
                P("accept", "application/json"),
            };

            string authorization = Acs3Signer.CreateAuthorization(
                "GET", "/api/v1/mms/datasources/12323/tables/22", new KeyValuePair<string, string>[0], headers, "YourAccessKeyId", Secret);

            Assert.Equal(
                "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=0d975a4c0486ab161db01df917e3f70dd454e3008232c28de4dc782809154b96",
                authorization);
        }

        [Fact]
        public void Published_RunInstances_example_with_query_matches()
        {
            var headers = new[]
            {
                P("host", "ecs.cn-shanghai.aliyuncs.com"),
                P("x-acs-action", "RunInstances"),
                P("x-acs-version", "2014-05-26"),
                P("x-acs-date", "2023-10-26T10:22:32Z"),
                P("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
                P("x-acs-content-sha256", Digests.EmptyBodySha256),
            };
            var query = new[] { P("RegionId", "cn-shanghai"), P("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd") };
            var signable = Acs3Signer.SignableHeaders(headers);
            string canonical = Acs3Signer.CanonicalRequest("POST", "/", Acs3Signer.CanonicalQuery(query), signable, string.Join(";", signable.Keys));

            Assert.Equal("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", Digests.Sha256(canonical));
            string authorization = Acs3Signer.CreateAuthorization("POST", "/", query, headers, "YourAccessKeyId", Secret);
            Assert.EndsWith("Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", authorization);
        }

        [Theory]
        [InlineData("abc-_.~XYZ019", "abc-_.~XYZ019")]
        [InlineData("a b", "a%20b")]
        [InlineData("!'()*", "%21%27%28%29%2A")]
        [InlineData("[\"DONE\",\"FAILED\"]", "%5B%22DONE%22%2C%22FAILED%22%5D")]
        [InlineData("p1=1/p2=abc", "p1%3D1%2Fp2%3Dabc")]
        [InlineData("中", "%E4%B8%AD")]
        [InlineData("+&=", "%2B%26%3D")]
        public void Percent_encoding_is_rfc3986(string raw, string encoded)
        {
            Assert.Equal(encoded, Rfc3986.Encode(raw));
        }

        [Fact]
        public void Canonical_query_sorts_by_name_ordinally_and_encodes_names_and_values()
        {
            var query = new[] { P("sorter.size", "asc"), P("pageNum", "1"), P("Z", "x y"), P("name", "") };
            Assert.Equal("Z=x%20y&name=&pageNum=1&sorter.size=asc", Acs3Signer.CanonicalQuery(query));
        }

        [Fact]
        public void Security_token_and_every_x_acs_header_are_signed_and_values_trimmed()
        {
            var headers = new[]
            {
                P("Host", "h"),
                P("X-Acs-Security-Token", "  tok  "),
                P("x-acs-accesskey-id", "STS.id"),
                P("Content-Type", "application/json"),
                P("Accept", "application/json"),
            };
            var signable = Acs3Signer.SignableHeaders(headers);
            Assert.Equal(new[] { "content-type", "host", "x-acs-accesskey-id", "x-acs-security-token" }, signable.Keys);
            Assert.Equal("tok", signable["x-acs-security-token"]);
            string authorization = Acs3Signer.CreateAuthorization("GET", "/", new KeyValuePair<string, string>[0], headers, "STS.id", Secret);
            Assert.Contains("SignedHeaders=content-type;host;x-acs-accesskey-id;x-acs-security-token,", authorization);
        }

        [Fact]
        public void Repeated_header_values_are_sorted_and_joined_with_commas()
        {
            var signable = Acs3Signer.SignableHeaders(new[] { P("x-acs-meta", "b"), P("x-acs-meta", " a ") });
            Assert.Equal("a,b", signable["x-acs-meta"]);
        }

        [Fact]
        public void Changing_the_secret_changes_the_signature()
        {
            var headers = new[] { P("host", "h"), P("x-acs-date", "2026-01-02T03:04:05Z") };
            string a = Acs3Signer.CreateAuthorization("GET", "/", new KeyValuePair<string, string>[0], headers, "id", Secret);
            string b = Acs3Signer.CreateAuthorization("GET", "/", new KeyValuePair<string, string>[0], headers, "id", Encoding.UTF8.GetBytes("other"));
            Assert.NotEqual(a, b);
        }
    }
}
