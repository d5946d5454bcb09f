using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// Temporary credentials of the ECS instance's RAM role, from the instance metadata service (IMDSv2:
    /// a session token first, then the role's credentials), renewed before they expire.
    /// </summary>
    public sealed class EcsRamRoleCredentialProvider
    {
        public static readonly Uri DefaultMetadataEndpoint = new Uri("http://100.100.100.200/");
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
        private readonly string _roleName;
        private readonly HttpClient _http;
        private readonly Uri _metadata;
        private readonly RefreshingCache _cache;

        public EcsRamRoleCredentialProvider(string roleName, HttpClient http, Uri? metadataEndpoint = null, Func<DateTime>? utcNow = null)
        {
            _roleName = roleName;
            _http = http;
            _metadata = metadataEndpoint ?? DefaultMetadataEndpoint;
            _cache = new RefreshingCache(utcNow ?? (() => DateTime.UtcNow));
        }

        public MmsCredentials GetCredentials() => _cache.Get(Fetch);

        private TemporaryCredentials Fetch()
        {
            string source = "the ECS instance RAM role '" + _roleName + "'";
            try
            {
                using (var budget = new CancellationTokenSource(Budget))
                {
                    var tokenRequest = new HttpRequestMessage(HttpMethod.Put, new Uri(_metadata, "latest/api/token"));
                    tokenRequest.Headers.TryAddWithoutValidation("X-aliyun-ecs-metadata-token-ttl-seconds", "21600");
                    string token = Send(tokenRequest, budget.Token).Trim();

                    var credentialsRequest = new HttpRequestMessage(HttpMethod.Get,
                        new Uri(_metadata, "latest/meta-data/ram/security-credentials/" + Uri.EscapeDataString(_roleName)));
                    credentialsRequest.Headers.TryAddWithoutValidation("X-aliyun-ecs-metadata-token", token);
                    using (JsonDocument document = JsonDocument.Parse(Send(credentialsRequest, budget.Token)))
                    {
                        JsonElement root = document.RootElement;
                        string? code = WireValues.FirstString(root, "Code");
                        if (code != "Success")
                        {
                            throw Failed(source, "the metadata service answered Code '" + code + "'", null);
                        }
                        return TemporaryCredentialParser.Parse(root, source);
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException || e is JsonException)
            {
                throw Failed(source, e.Message, e);
            }
        }

        private string Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (request)
            using (HttpResponseMessage response = _http.SendAsync(request, cancellationToken).GetAwaiter().GetResult())
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException("HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + " from " + request.RequestUri!.AbsolutePath);
                }
                return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            }
        }

        private static MmsConfigurationException Failed(string source, string why, Exception? inner) =>
            new MmsConfigurationException(MmsErrorIds.EcsRamRoleUnavailable,
                "No credentials from " + source + ": " + why + ". Is this an ECS instance with that role attached?", inner);
    }
}
