using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Signing;
using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// Temporary credentials of a RAM role, from STS AssumeRole signed with a source AccessKey, cached until
    /// shortly before they expire (the aliyun CLI's RamRoleArn profile mode).
    /// </summary>
    public sealed class RamRoleArnCredentialProvider
    {
        public const string StsVersion = "2015-04-01";
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
        private readonly MmsCredentials _source;
        private readonly string _roleArn;
        private readonly string _sessionName;
        private readonly int _durationSeconds;
        private readonly Uri _stsEndpoint;
        private readonly HttpClient _http;
        private readonly Func<DateTime> _utcNow;
        private readonly RefreshingCache _cache;

        public RamRoleArnCredentialProvider(MmsCredentials source, string roleArn, string? sessionName, int durationSeconds, Uri stsEndpoint,
            HttpClient http, Func<DateTime>? utcNow = null)
        {
            _source = source;
            _roleArn = roleArn;
            _sessionName = string.IsNullOrWhiteSpace(sessionName) ? "MmsPowerShell" : sessionName!;
            // STS accepts 900 s to the role's maximum; the CLI's 0 means "default", which is 3600 s.
            _durationSeconds = durationSeconds <= 0 ? 3600 : Math.Max(900, durationSeconds);
            _stsEndpoint = stsEndpoint;
            _http = http;
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            _cache = new RefreshingCache(_utcNow);
        }

        /// <summary>https://sts.aliyuncs.com, or the regional STS endpoint when the profile names sts_region.</summary>
        public static Uri EndpointFor(string? stsRegion) =>
            new Uri(string.IsNullOrWhiteSpace(stsRegion) ? "https://sts.aliyuncs.com/" : "https://sts." + stsRegion!.Trim().ToLowerInvariant() + ".aliyuncs.com/");

        public MmsCredentials GetCredentials() => _cache.Get(AssumeRole);

        private TemporaryCredentials AssumeRole()
        {
            string source = "role " + _roleArn + " (assumed with " + _source.Source + ")";
            var query = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("RoleArn", _roleArn),
                new KeyValuePair<string, string>("RoleSessionName", _sessionName),
                new KeyValuePair<string, string>("DurationSeconds", _durationSeconds.ToString(CultureInfo.InvariantCulture)),
            };
            try
            {
                using (var budget = new CancellationTokenSource(Budget))
                using (HttpRequestMessage request = SignedRequestFactory.Create(HttpMethod.Post, _stsEndpoint, "/", query, "AssumeRole", StsVersion, _source, _utcNow()))
                using (HttpResponseMessage response = _http.SendAsync(request, budget.Token).GetAwaiter().GetResult())
                using (JsonDocument document = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()))
                {
                    JsonElement root = document.RootElement;
                    if (!response.IsSuccessStatusCode || !root.TryGetProperty("Credentials", out JsonElement credentials))
                    {
                        string code = WireValues.FirstString(root, "Code", "code") ?? "Http" + (int)response.StatusCode;
                        string message = WireValues.FirstString(root, "Message", "message") ?? "no message";
                        throw new MmsConfigurationException(MmsErrorIds.AssumeRoleFailed,
                            "STS AssumeRole for " + _roleArn + " failed: " + message + " (" + code + ", request id " +
                            (WireValues.FirstString(root, "RequestId") ?? "none") + "). The source AccessKey needs sts:AssumeRole on the role, and the role must trust it.");
                    }
                    return TemporaryCredentialParser.Parse(credentials, source);
                }
            }
            catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException || e is JsonException)
            {
                throw new MmsConfigurationException(MmsErrorIds.AssumeRoleFailed, "STS AssumeRole for " + _roleArn + " failed: " + e.Message, e);
            }
        }
    }
}
