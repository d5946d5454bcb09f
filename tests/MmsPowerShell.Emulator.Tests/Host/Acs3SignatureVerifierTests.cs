namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>
    /// The server's side of ACS3-HMAC-SHA256, against the two worked examples in the signing spec (computed with
    /// Alibaba Cloud's own SDK code), so the emulator is checked against the service, not against our client.
    /// </summary>
    public class Acs3SignatureVerifierTests
    {
        private const string Secret = "YourAccessKeySecret";
        private const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        private static readonly Dictionary<string, string[]> GetMmsTableHeaders = new Dictionary<string, string[]>
        {
            ["host"] = new[] { "maxcompute.cn-hangzhou.aliyuncs.com" },
            ["x-acs-action"] = new[] { "GetMmsTable" },
            ["x-acs-version"] = new[] { "2022-01-04" },
            ["x-acs-date"] = new[] { "2026-01-02T03:04:05Z" },
            ["x-acs-signature-nonce"] = new[] { "3156853299f313e23d1673dc12e1703d" },
            ["x-acs-content-sha256"] = new[] { EmptyBodySha256 },
            ["user-agent"] = new[] { "not signed" },
        };

        private static readonly string[] Signed = { "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version" };

        private static string GetMmsTableSignature(IReadOnlyDictionary<string, string[]> headers, string path = "/api/v1/mms/datasources/12323/tables/22", string secret = Secret) =>
            Acs3SignatureVerifier.ExpectedSignature("GET", path, "", headers, Signed, secret);

        [Fact]
        public void Reproduces_the_spec_GetMmsTable_example()
        {
            Assert.Equal("0d975a4c0486ab161db01df917e3f70dd454e3008232c28de4dc782809154b96", GetMmsTableSignature(GetMmsTableHeaders));
        }

        [Fact]
        public void Reproduces_the_published_RunInstances_example_with_its_query()
        {
            var headers = new Dictionary<string, string[]>
            {
                ["host"] = new[] { "ecs.cn-shanghai.aliyuncs.com" },
                ["x-acs-action"] = new[] { "RunInstances" },
                ["x-acs-version"] = new[] { "2014-05-26" },
                ["x-acs-date"] = new[] { "2023-10-26T10:22:32Z" },
                ["x-acs-signature-nonce"] = new[] { "3156853299f313e23d1673dc12e1703d" },
                ["x-acs-content-sha256"] = new[] { EmptyBodySha256 },
            };

            string signature = Acs3SignatureVerifier.ExpectedSignature("POST", "/",
                "RegionId=cn-shanghai&ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd", headers, Signed, Secret);

            Assert.Equal("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", signature);
        }

        [Fact]
        public void Any_change_to_a_signed_part_changes_the_signature()
        {
            string good = GetMmsTableSignature(GetMmsTableHeaders);
            var otherDate = new Dictionary<string, string[]>(GetMmsTableHeaders) { ["x-acs-date"] = new[] { "2026-01-02T03:04:06Z" } };
            var otherAgent = new Dictionary<string, string[]>(GetMmsTableHeaders) { ["user-agent"] = new[] { "changed, and not signed" } };

            Assert.NotEqual(good, GetMmsTableSignature(otherDate));
            Assert.NotEqual(good, GetMmsTableSignature(GetMmsTableHeaders, path: "/api/v1/mms/datasources/12323/tables/23"));
            Assert.NotEqual(good, GetMmsTableSignature(GetMmsTableHeaders, secret: "AnotherSecret"));
            Assert.Equal(good, GetMmsTableSignature(otherAgent));
        }

        [Fact]
        public void Parse_reads_the_three_parts_of_an_authorization()
        {
            var parsed = Acs3SignatureVerifier.Parse("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-date,Signature=abc123");

            Assert.NotNull(parsed);
            Assert.Equal("YourAccessKeyId", parsed!.AccessKeyId);
            Assert.Equal(new[] { "host", "x-acs-date" }, parsed.SignedHeaders);
            Assert.Equal("abc123", parsed.Signature);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("ACS3-HMAC-SHA1 Credential=id,SignedHeaders=host,Signature=abc")]
        [InlineData("acs3-hmac-sha256 Credential=id,SignedHeaders=host,Signature=abc")]
        [InlineData("ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host")]
        [InlineData("ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=abc")]
        [InlineData("ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=")]
        [InlineData("ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature")]
        [InlineData("ACS3-HMAC-SHA256 Credential=id;SignedHeaders=host;Signature=abc")]
        public void Parse_gives_null_for_a_garbled_authorization(string? authorization)
        {
            Assert.Null(Acs3SignatureVerifier.Parse(authorization));
        }

        [Fact]
        public void Signatures_match_only_when_equal()
        {
            string good = GetMmsTableSignature(GetMmsTableHeaders);

            Assert.True(Acs3SignatureVerifier.SignatureMatches(good, good));
            Assert.False(Acs3SignatureVerifier.SignatureMatches(good, good.Substring(0, 63) + (good[63] == '0' ? '1' : '0')));
            Assert.False(Acs3SignatureVerifier.SignatureMatches(good, good.Substring(1)));
            Assert.False(Acs3SignatureVerifier.SignatureMatches(good, good.ToUpperInvariant()));
            Assert.False(Acs3SignatureVerifier.SignatureMatches(good, ""));
        }

        [Theory]
        [InlineData("", "")]
        [InlineData("b=2&a=1", "a=1&b=2")]
        [InlineData("name=t_100%3F", "name=t_100%3F")]
        [InlineData("name=t_100?", "name=t_100%3F")]
        [InlineData("q=a%20b&flag", "flag=&q=a%20b")]
        [InlineData("x=a+b", "x=a%2Bb")]
        [InlineData("k=%21%27%28%29%2A~", "k=%21%27%28%29%2A~")]
        [InlineData("k=!'()*", "k=%21%27%28%29%2A")]
        [InlineData("db=%E9%94%80%E5%94%AE", "db=%E9%94%80%E5%94%AE")]
        [InlineData("sorter.size=asc&&pageNum=1", "pageNum=1&sorter.size=asc")]
        public void The_canonical_query_decodes_re_encodes_the_RFC_3986_way_and_sorts(string raw, string canonical)
        {
            Assert.Equal(canonical, Acs3SignatureVerifier.CanonicalQuery(raw));
        }
    }
}
