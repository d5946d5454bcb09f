using System.Text.Json;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>A secret is masked in every form a service can echo it back in.</summary>
    public class SecretMaskTests
    {
        private const string Secret = "Q\"uo\\te-P\u00e4ssw\u00f6rd+/<&> 1";

        private static readonly SecretMask Mask = new SecretMask(new[] { Secret });

        public static TheoryData<string> Forms()
        {
            string json = JsonSerializer.Serialize(Secret);
            string relaxed = JsonSerializer.Serialize(Secret, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            var everyUnit = new StringBuilder();
            var html = new StringBuilder();
            foreach (char c in Secret)
            {
                everyUnit.Append("\\u").Append(((int)c).ToString("X4"));
                html.Append("&#").Append((int)c).Append(';');
            }
            return new TheoryData<string>
            {
                Secret,
                Unquoted(json),
                Unquoted(relaxed),
                Unquoted(JsonSerializer.Serialize(Unquoted(json))),
                everyUnit.ToString(),
                everyUnit.ToString().ToLowerInvariant(),
                Uri.EscapeDataString(Secret),
                Uri.EscapeDataString(Secret).ToLowerInvariant(),
                WebUtility.UrlEncode(Secret),
                Uri.EscapeDataString(Uri.EscapeDataString(Secret)),
                html.ToString(),
                WebUtility.HtmlEncode(Secret),
            };
        }

        private static string Unquoted(string json) => json.Substring(1, json.Length - 2).Replace("\\\"", "\"");

        [Theory]
        [MemberData(nameof(Forms))]
        public void Every_form_of_the_secret_is_masked(string form)
        {
            Assert.Equal("The body is not valid: {\"hive.password\":\"********\"} (check it)",
                Mask.Apply("The body is not valid: {\"hive.password\":\"" + form + "\"} (check it)"));
        }

        [Fact]
        public void A_request_body_quoted_whole_in_a_json_message_is_masked()
        {
            string body = JsonSerializer.Serialize(new { config = new { password = Secret } });
            foreach (string message in new[] { body, JsonSerializer.Serialize(body), JsonSerializer.Serialize(JsonSerializer.Serialize(body)) })
            {
                string masked = Mask.Apply(message)!;
                Assert.Contains(SecretMask.Mask, masked);
                Assert.DoesNotContain("uo", masked);
                Assert.DoesNotContain("00E4", masked, StringComparison.OrdinalIgnoreCase);
            }
        }

        [Fact]
        public void Text_around_the_secret_is_kept()
        {
            Assert.Equal("before ******** after", Mask.Apply("before " + Secret + " after"));
            Assert.Equal("nothing secret here", Mask.Apply("nothing secret here"));
            Assert.Null(Mask.Apply(null));
        }

        [Fact]
        public void A_secret_inside_another_is_masked_whole_and_empty_secrets_mask_nothing()
        {
            var mask = new SecretMask(new[] { "abc", "xxabcxx", "", null });
            Assert.Equal("[********]", mask.Apply("[xxabcxx]"));
            Assert.True(SecretMask.None.IsEmpty);
            Assert.Equal("abc", SecretMask.None.Apply("abc"));
        }

        [Fact]
        public void Astral_characters_match_as_utf8_and_as_surrogate_escapes()
        {
            var mask = new SecretMask(new[] { "k\U0001F511y" });
            Assert.Equal("********", mask.Apply("k\\ud83d\\udd11y"));
            Assert.Equal("********", mask.Apply(Uri.EscapeDataString("k\U0001F511y")));
            Assert.Equal("********", mask.Apply("k&#x1f511;y"));
        }

        [Fact]
        public void A_redacted_error_hides_the_secret_in_its_message_action_and_inner_exceptions()
        {
            string echoed = JsonSerializer.Serialize(Secret);
            var e = new MmsApiException(MmsErrorKind.InvalidRequest, 400, "InvalidParameter", "bad body " + echoed, "R1", "fix " + echoed,
                new InvalidOperationException("inner " + echoed));

            MmsApiException redacted = e.Redacted(text => Mask.Apply(text)!);

            foreach (string text in new[] { redacted.Message, redacted.ServiceMessage, redacted.RecommendedAction!, redacted.InnerException!.Message, redacted.ToString() })
            {
                Assert.DoesNotContain("ssw", text);
            }
            Assert.Equal(("InvalidParameter", 400, "R1"), (redacted.ErrorCode, redacted.HttpStatus, redacted.RequestId));
        }
    }
}
