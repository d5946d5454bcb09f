using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// Temporary credentials from a local credentials service (ALIBABA_CLOUD_CREDENTIALS_URI, the CLI's CredentialsURI
    /// mode): GET answers AccessKeyId, AccessKeySecret, SecurityToken and Expiration; cached until shortly before expiry.
    /// </summary>
    public sealed class CredentialsUriProvider
    {
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
        private readonly Uri _uri;
        private readonly HttpClient _http;
        private readonly RefreshingCache _cache;

        public CredentialsUriProvider(Uri uri, HttpClient http, Func<DateTime>? utcNow = null)
        {
            _uri = uri;
            _http = http;
            _cache = new RefreshingCache(utcNow ?? (() => DateTime.UtcNow));
        }

        /// <summary>Parses the configured text, refusing anything but an absolute http(s) URI.</summary>
        /// <param name="where">Where the text was configured, for the error.</param>
        public static Uri Parse(string text, string where)
        {
            if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }
            throw new MmsConfigurationException(MmsErrorIds.CredentialsUriInvalid, "The credentials URI in " + where + " is not an absolute http:// or https:// URI.");
        }

        /// <summary>The URI without user info, query or fragment: those can carry a secret, and this text is shown to the user.</summary>
        public static string Describe(Uri uri) => uri.Scheme + "://" + uri.Authority + uri.AbsolutePath;

        public MmsCredentials GetCredentials() => _cache.Get(Fetch);

        private TemporaryCredentials Fetch()
        {
            string source = "the credentials URI " + Describe(_uri);
            try
            {
                using (var budget = new CancellationTokenSource(Budget))
                using (var request = new HttpRequestMessage(HttpMethod.Get, _uri))
                using (HttpResponseMessage response = _http.SendAsync(request, budget.Token).GetAwaiter().GetResult())
                {
                    string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                    if (!response.IsSuccessStatusCode)
                    {
                        throw Failed(source, "it answered HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + ErrorFields(body), null);
                    }
                    using (JsonDocument document = JsonDocument.Parse(body))
                    {
                        JsonElement root = document.RootElement;
                        if (root.ValueKind != JsonValueKind.Object)
                        {
                            throw Failed(source, "its answer is not a JSON object", null);
                        }
                        // Java insists on Code = Success, Go does not look: a Code other than Success is a refusal, no Code is fine.
                        string? code = WireValues.FirstString(root, "Code");
                        if (code != null && code != "Success")
                        {
                            throw Failed(source, "it did not answer Code 'Success'" + ErrorFields(body), null);
                        }
                        return TemporaryCredentialParser.Parse(root, source);
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException)
            {
                throw Failed(source, e.Message, e);
            }
            catch (JsonException e)
            {
                // Not e.Message: it can quote part of the answer, which may hold a secret.
                throw Failed(source, "its answer is not JSON", e);
            }
        }

        /// <summary>Only the Code and Message of an error answer: never the rest of the body, which may hold credentials.</summary>
        private static string ErrorFields(string body)
        {
            try
            {
                using (JsonDocument document = JsonDocument.Parse(body))
                {
                    JsonElement root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Object)
                    {
                        return string.Empty;
                    }
                    string? code = WireValues.FirstString(root, "Code", "code");
                    string? message = WireValues.FirstString(root, "Message", "message");
                    return (code == null ? string.Empty : " (" + code + ")") + (message == null ? string.Empty : ": " + message);
                }
            }
            catch (JsonException)
            {
                return string.Empty;
            }
        }

        private static MmsConfigurationException Failed(string source, string why, Exception? inner) =>
            new MmsConfigurationException(MmsErrorIds.CredentialsUriFailed, "No credentials from " + source + ": " + why + ".", inner);
    }
}
