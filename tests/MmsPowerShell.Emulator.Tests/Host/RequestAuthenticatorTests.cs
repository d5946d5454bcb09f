using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>
    /// The gateway's checks on each request, in order: a readable Authorization, the required headers, a known key,
    /// a fresh date, the body hash, every sent header signed, the signature, an unused nonce, the STS token, the
    /// operation and version. Requests are signed here with the verifier (itself checked against the spec's examples).
    /// </summary>
    public class RequestAuthenticatorTests
    {
        private const string Path = "/api/v1/mms/datasources/2000028/tables";
        private const string Query = "pageNum=1&name=t_100%3F";
        private static readonly EmulatorOptions Defaults = EmulatorOptions.Parse(Array.Empty<string>());

        /// <summary>What to send; each test changes the part it is about.</summary>
        private sealed class Send
        {
            public string Method = "GET";
            public string Path = RequestAuthenticatorTests.Path;
            public string Query = RequestAuthenticatorTests.Query;
            public string Action = "ListMmsTables";
            public string Version = "2022-01-04";
            public DateTime Date = DateTime.UtcNow;
            public string Nonce = Guid.NewGuid().ToString("N");
            public string KeyId = Defaults.AccessKeyId;
            public string Secret = Defaults.AccessKeySecret;
            public string? Token;
            public byte[] Body = Array.Empty<byte>();

            /// <summary>Applied after signing, as a proxy or an attacker would change the request.</summary>
            public Action<HttpRequest>? AfterSigning;
        }

        private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

        private static HttpContext Build(Send send)
        {
            var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["host"] = "127.0.0.1:8080",
                ["x-acs-action"] = send.Action,
                ["x-acs-version"] = send.Version,
                ["x-acs-date"] = send.Date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["x-acs-signature-nonce"] = send.Nonce,
                ["x-acs-content-sha256"] = Sha256(send.Body),
            };
            if (send.Token != null)
            {
                headers["x-acs-security-token"] = send.Token;
            }
            if (send.Body.Length > 0)
            {
                headers["content-type"] = "application/json; charset=utf-8";
            }
            string signature = Acs3SignatureVerifier.ExpectedSignature(send.Method, send.Path, send.Query,
                headers.ToDictionary(h => h.Key, h => new[] { h.Value }), headers.Keys.ToArray(), send.Secret);

            var context = new DefaultHttpContext();
            context.Request.Method = send.Method;
            context.Request.Path = send.Path;
            context.Request.QueryString = new QueryString("?" + send.Query);
            context.Features.Get<IHttpRequestFeature>()!.RawTarget = send.Path + "?" + send.Query;
            foreach (var (name, value) in headers)
            {
                context.Request.Headers[name] = value;
            }
            context.Request.Headers.Authorization = "ACS3-HMAC-SHA256 Credential=" + send.KeyId + ",SignedHeaders=" + string.Join(";", headers.Keys) + ",Signature=" + signature;
            send.AfterSigning?.Invoke(context.Request);
            return context;
        }

        private static GatewayError? Check(RequestAuthenticator authenticator, Send send, string action = "ListMmsTables", byte[]? received = null) =>
            authenticator.Check(Build(send), action, received ?? send.Body);

        private static void AssertRefused(GatewayError? error, int status, string code)
        {
            Assert.NotNull(error);
            Assert.Equal((status, code), (error!.Status, error.Code));
        }

        [Fact]
        public void A_correctly_signed_request_passes_with_or_without_a_body()
        {
            var authenticator = new RequestAuthenticator(Defaults);

            Assert.Null(Check(authenticator, new Send()));
            Assert.Null(Check(authenticator, new Send { Method = "PUT", Query = "", Action = "UpdateMmsTables", Body = Encoding.UTF8.GetBytes("{\"status\":\"INIT\"}") }, "UpdateMmsTables"));
        }

        [Fact]
        public void A_signature_made_with_another_secret_does_not_match()
        {
            var authenticator = new RequestAuthenticator(Defaults);

            AssertRefused(Check(authenticator, new Send { Secret = "not-the-secret" }), 400, "SignatureDoesNotMatch");
        }

        [Fact]
        public void A_path_or_query_changed_after_signing_does_not_match()
        {
            var authenticator = new RequestAuthenticator(Defaults);

            var otherPath = new Send { AfterSigning = r => r.HttpContext.Features.Get<IHttpRequestFeature>()!.RawTarget = Path + "/22?" + Query };
            var otherQuery = new Send { AfterSigning = r => r.HttpContext.Features.Get<IHttpRequestFeature>()!.RawTarget = Path + "?pageNum=2&name=t_100%3F" };

            AssertRefused(Check(authenticator, otherPath), 400, "SignatureDoesNotMatch");
            AssertRefused(Check(authenticator, otherQuery), 400, "SignatureDoesNotMatch");
        }

        [Fact]
        public void An_absolute_form_target_as_sent_through_a_proxy_is_checked_on_its_path()
        {
            var authenticator = new RequestAuthenticator(Defaults);
            var throughProxy = new Send { AfterSigning = r => r.HttpContext.Features.Get<IHttpRequestFeature>()!.RawTarget = "http://127.0.0.1:8080" + Path + "?" + Query };

            Assert.Null(Check(authenticator, throughProxy));
        }

        [Theory]
        [InlineData(-16 * 60)]
        [InlineData(16 * 60)]
        [InlineData(-24 * 60 * 60)]
        public void A_date_more_than_15_minutes_off_is_expired(int offsetSeconds)
        {
            var authenticator = new RequestAuthenticator(Defaults);

            AssertRefused(Check(authenticator, new Send { Date = DateTime.UtcNow.AddSeconds(offsetSeconds) }), 400, "InvalidTimeStamp.Expired");
        }

        [Fact]
        public void A_date_within_15_minutes_passes()
        {
            var authenticator = new RequestAuthenticator(Defaults);

            Assert.Null(Check(authenticator, new Send { Date = DateTime.UtcNow.AddMinutes(-14) }));
            Assert.Null(Check(authenticator, new Send { Date = DateTime.UtcNow.AddMinutes(14) }));
        }

        [Fact]
        public void A_date_that_is_not_ISO_8601_UTC_is_expired()
        {
            var authenticator = new RequestAuthenticator(Defaults);
            var send = new Send { AfterSigning = r => r.Headers["x-acs-date"] = DateTime.UtcNow.ToString("R", CultureInfo.InvariantCulture) };

            AssertRefused(Check(authenticator, send), 400, "InvalidTimeStamp.Expired");
        }

        [Fact]
        public void With_a_skewed_emulator_clock_a_correct_local_clock_looks_stale()
        {
            var authenticator = new RequestAuthenticator(EmulatorOptions.Parse(new[] { "--clock-skew-seconds", "1800" }));

            AssertRefused(Check(authenticator, new Send()), 400, "InvalidTimeStamp.Expired");
            Assert.Null(Check(authenticator, new Send { Date = DateTime.UtcNow.AddSeconds(1800) }));
        }

        [Fact]
        public void A_replayed_request_is_refused_as_a_used_nonce()
        {
            var authenticator = new RequestAuthenticator(Defaults);
            var send = new Send();

            Assert.Null(Check(authenticator, send));
            AssertRefused(Check(authenticator, send), 400, "SignatureNonceUsed");
            Assert.Null(Check(authenticator, new Send()));
        }

        [Fact]
        public void A_badly_signed_request_does_not_use_up_its_nonce()
        {
            var authenticator = new RequestAuthenticator(Defaults);
            string nonce = Guid.NewGuid().ToString("N");

            AssertRefused(Check(authenticator, new Send { Nonce = nonce, Secret = "wrong" }), 400, "SignatureDoesNotMatch");
            Assert.Null(Check(authenticator, new Send { Nonce = nonce }));
        }

        [Fact]
        public void An_unknown_access_key_is_not_found()
        {
            var authenticator = new RequestAuthenticator(Defaults);

            AssertRefused(Check(authenticator, new Send { KeyId = "LTAIunknownKeyId" }), 404, "InvalidAccessKeyId.NotFound");
        }

        [Theory]
        [InlineData(null)]
        [InlineData("Bearer abc")]
        [InlineData("ACS3-HMAC-SHA256 Credential=id")]
        public void A_missing_or_garbled_authorization_is_an_incomplete_signature(string? authorization)
        {
            var authenticator = new RequestAuthenticator(Defaults);
            var send = new Send { AfterSigning = r => r.Headers.Authorization = authorization };

            AssertRefused(Check(authenticator, send), 400, "IncompleteSignature");
        }

        [Theory]
        [InlineData("x-acs-date")]
        [InlineData("x-acs-signature-nonce")]
        [InlineData("x-acs-content-sha256")]
        public void A_missing_required_header_is_named(string header)
        {
            var authenticator = new RequestAuthenticator(Defaults);

            GatewayError? error = Check(authenticator, new Send { AfterSigning = r => r.Headers.Remove(header) });

            AssertRefused(error, 400, "MissingParameter");
            Assert.Contains(header, error!.Message);
        }

        [Fact]
        public void A_body_that_is_not_the_one_hashed_is_refused()
        {
            var authenticator = new RequestAuthenticator(Defaults);
            var send = new Send { Method = "PUT", Query = "", Action = "UpdateMmsTables", Body = Encoding.UTF8.GetBytes("{\"status\":\"INIT\"}") };

            GatewayError? error = Check(authenticator, send, "UpdateMmsTables", Encoding.UTF8.GetBytes("{\"status\":\"DONE\"}"));

            AssertRefused(error, 400, "IncompleteSignature");
            Assert.Contains("x-acs-content-sha256", error!.Message);
        }

        [Fact]
        public void A_header_sent_but_not_signed_is_refused()
        {
            var authenticator = new RequestAuthenticator(Defaults);

            GatewayError? error = Check(authenticator, new Send { AfterSigning = r => r.Headers["x-acs-extra"] = "added by a proxy" });

            AssertRefused(error, 400, "IncompleteSignature");
            Assert.Contains("x-acs-extra", error!.Message);
            Assert.Null(Check(authenticator, new Send { AfterSigning = r => r.Headers.UserAgent = "not signed, and need not be" }));
        }

        [Fact]
        public void An_STS_key_needs_its_current_token()
        {
            var authenticator = new RequestAuthenticator(Defaults);
            Send Sts(string? token) => new Send { KeyId = Defaults.StsAccessKeyId, Secret = Defaults.StsAccessKeySecret, Token = token };

            Assert.Null(Check(authenticator, Sts(Defaults.SecurityToken)));
            AssertRefused(Check(authenticator, Sts("stale-token")), 400, "InvalidSecurityToken.Expired");
            AssertRefused(Check(authenticator, Sts(null)), 400, "InvalidSecurityToken.Expired");
        }

        [Fact]
        public void The_signed_action_must_be_the_operation_of_the_path_and_the_version_the_one_served()
        {
            var authenticator = new RequestAuthenticator(Defaults);

            AssertRefused(Check(authenticator, new Send { Action = "GetMmsTable" }), 404, "InvalidAction.NotFound");
            AssertRefused(Check(authenticator, new Send { Version = "2019-01-01" }), 400, "InvalidVersion");
        }
    }
}
