using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    public class EndpointResolverTests
    {
        [Theory]
        [InlineData("cn-hangzhou", "https://maxcompute.cn-hangzhou.aliyuncs.com/")]
        [InlineData("AP-Southeast-1", "https://maxcompute.ap-southeast-1.aliyuncs.com/")]
        public void Region_gives_the_regional_https_host(string region, string expected)
        {
            Assert.Equal(new Uri(expected), EndpointResolver.Resolve(null, region));
        }

        [Theory]
        [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
        [InlineData("http://localhost:5000/", "http://localhost:5000/")]
        [InlineData("http://[::1]:5000", "http://[::1]:5000/")]
        [InlineData("http://127.8.9.10:80", "http://127.8.9.10/")]
        [InlineData("https://maxcompute.cn-hangzhou.aliyuncs.com", "https://maxcompute.cn-hangzhou.aliyuncs.com/")]
        [InlineData("maxcompute-vpc.cn-hangzhou.aliyuncs.com", "https://maxcompute-vpc.cn-hangzhou.aliyuncs.com/")]
        public void Accepted_endpoints(string endpoint, string expected)
        {
            Assert.Equal(new Uri(expected), EndpointResolver.Resolve(endpoint, "ignored-region"));
        }

        [Theory]
        [InlineData("http://maxcompute.cn-hangzhou.aliyuncs.com")]
        [InlineData("http://10.0.0.5:8080")]
        [InlineData("http://192.168.1.1")]
        [InlineData("http://localhost.evil.example")]
        [InlineData("http://127.0.0.1.nip.io")]
        public void Plain_http_is_refused_off_loopback(string endpoint)
        {
            var e = Assert.Throws<MmsConfigurationException>(() => EndpointResolver.Resolve(endpoint, null));
            Assert.Equal("MmsInsecureEndpoint", e.ErrorId.Id);
        }

        [Theory]
        [InlineData("ftp://example.com")]
        [InlineData("https://example.com/some/path")]
        [InlineData("https://example.com/?q=1")]
        [InlineData("https://")]
        public void Malformed_endpoints_are_refused(string endpoint)
        {
            var e = Assert.Throws<MmsConfigurationException>(() => EndpointResolver.Resolve(endpoint, null));
            Assert.Equal("MmsInvalidEndpoint", e.ErrorId.Id);
        }

        [Theory]
        [InlineData("cn hangzhou")]
        [InlineData("cn-hangzhou/../x")]
        [InlineData("evil.com#")]
        public void Region_ids_cannot_inject_a_host(string region)
        {
            var e = Assert.Throws<MmsConfigurationException>(() => EndpointResolver.Resolve(null, region));
            Assert.Equal("MmsInvalidRegion", e.ErrorId.Id);
        }

        [Theory]
        [InlineData("cn-hangzou", "cn-hangzhou")]
        [InlineData("cn-shangai", "cn-shanghai")]
        [InlineData("eu-centrl-1", "eu-central-1")]
        [InlineData("Hangzhou", "cn-hangzhou")]
        [InlineData("shanghai", "cn-shanghai")]
        public void Misspelt_regions_are_refused_with_the_nearest_known_one_and_no_endpoint_built_from_the_typo(string region, string nearest)
        {
            var e = Assert.Throws<MmsConfigurationException>(() => EndpointResolver.Resolve(null, region));
            Assert.Equal("MmsUnknownRegion", e.ErrorId.Id);
            Assert.Contains("did you mean " + nearest + " (", e.Message);
            Assert.Contains("Pass -Region " + nearest + ".", e.Message);
            Assert.DoesNotContain("-Endpoint", e.Message);
            Assert.DoesNotContain("maxcompute." + region.ToLowerInvariant(), e.Message);
        }

        [Theory]
        [InlineData("ap-southeast-9", "ap-southeast-1")]
        [InlineData("xy-newcity-1", null)]
        public void Region_ids_that_may_be_newer_than_the_module_get_an_endpoint_to_try(string region, string? nearest)
        {
            var e = Assert.Throws<MmsConfigurationException>(() => EndpointResolver.Resolve(null, region));
            Assert.Equal("MmsUnknownRegion", e.ErrorId.Id);
            if (nearest != null)
            {
                Assert.Contains("did you mean " + nearest + " (", e.Message);
            }
            Assert.Contains("-Endpoint https://maxcompute." + region + ".aliyuncs.com/", e.Message);
        }

        [Fact]
        public void An_endpoint_is_never_checked_against_the_region_list()
        {
            Assert.Equal(new Uri("http://127.0.0.1:5000/"), EndpointResolver.Resolve("http://127.0.0.1:5000", "cn-hangzou"));
        }

        [Fact]
        public void Edit_distance_counts_single_character_edits()
        {
            Assert.Equal(1, KnownRegions.EditDistance("cn-hangzou", "cn-hangzhou"));
            Assert.Equal(2, KnownRegions.EditDistance("cn-hangzhuo", "cn-hangzhou"));
            Assert.Equal(0, KnownRegions.EditDistance("us-east-1", "us-east-1"));
            Assert.Equal(9, KnownRegions.EditDistance(string.Empty, "us-east-1"));
        }
    }
}
