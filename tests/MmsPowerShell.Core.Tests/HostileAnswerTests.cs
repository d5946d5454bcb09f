using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>Answers that try to drive the terminal, hide their request id or describe another object.</summary>
    public class HostileAnswerTests
    {
        private static Task<MmsTable> Get(string body, string? headerRequestId = null) =>
            TestClients.For(StubHttpHandler.Returning(HttpStatusCode.OK, body, headerRequestId)).GetTableAsync(2000028, 22, CancellationToken.None);

        private static bool IsTerminalSafe(string? text) =>
            text == null || text.All(c => c >= ' ' && !(c >= '\u007f' && c <= '\u009f') && c != '\u2028' && c != '\u2029');

        [Theory]
        [InlineData("\u001b]0;pwned\u0007title", "\u241b]0;pwned\u2407title")]
        [InlineData("clear\u001b[2Jscreen", "clear\u241b[2Jscreen")]
        [InlineData("c1\u009b31mred", "c1\\u009b31mred")]
        [InlineData("back\bspace\u0000nul\u007fdel", "back\u2408space\u2400nul\u2421del")]
        [InlineData("line\r\nWARNING: forged", "line\u240d\u240aWARNING: forged")]
        [InlineData("tab\there", "tab here")]
        [InlineData("sep\u2028arated", "sep\\u2028arated")]
        public void Control_characters_are_made_visible(string hostile, string shown) => Assert.Equal(shown, ServiceText.Sanitize(hostile));

        [Theory]
        [InlineData("销售_订单")]
        [InlineData("emoji 🚀 ok")]
        [InlineData("עברית right-to-left")]
        [InlineData("café naïve")]
        public void Printable_unicode_passes_untouched_and_unallocated(string text) => Assert.Same(text, ServiceText.Sanitize(text));

        [Fact]
        public async Task Every_string_of_a_hostile_table_reaches_the_object_sanitized()
        {
            const string Esc = "\\u001b]52;c;cHduZWQ=\\u0007";
            string body = "{\"requestId\":\"r\\r\\nWARNING: x\",\"data\":{\"id\":22,\"name\":\"t" + Esc + "\",\"dbName\":\"d\\u009b2J\",\"status\":\"DONE" + Esc + "\"," +
                          "\"extra\":\"{\\\"k\\u001b\\\":\\\"v\\\\u001b[2J\\\"}\",\"schema\":{\"comment\":\"c" + Esc + "\",\"columns\":[{\"name\":\"c" + Esc +
                          "\",\"type\":\"int\\u0007\",\"comment\":\"x\\u0000\"}]}}}";
            MmsTable t = await Get(body);
            var strings = new[] { t.RequestId, t.Name, t.DbName, t.Status, t.Comment, t.Columns[0].Name, t.Columns[0].Type, t.Columns[0].Comment }
                .Concat(t.Extra.Keys).Concat(t.Extra.Values);
            Assert.All(strings, s => Assert.True(IsTerminalSafe(s), "unsafe: " + s));
            Assert.Equal("t\u241b]52;c;cHduZWQ=\u2407", t.Name);
        }

        [Fact]
        public async Task Error_codes_messages_and_request_ids_are_sanitized_too()
        {
            var handler = StubHttpHandler.Returning((HttpStatusCode)400,
                "{\"Code\":\"Bad\\u001b[2J\",\"Message\":\"no\\r\\nWARNING: forged\",\"RequestId\":\"R\\u0007\"}");
            var e = await Assert.ThrowsAsync<MmsApiException>(() => TestClients.For(handler).GetTableAsync(1, 1, CancellationToken.None));
            Assert.True(IsTerminalSafe(e.ErrorCode) && IsTerminalSafe(e.ServiceMessage) && IsTerminalSafe(e.RequestId) && IsTerminalSafe(e.Message), e.Message);
        }

        [Fact]
        public async Task An_answer_about_another_table_is_refused_naming_both_ids()
        {
            var e = await Assert.ThrowsAsync<MmsApiException>(() => Get("{\"requestId\":\"r\",\"data\":{\"id\":23,\"name\":\"other\"}}"));
            Assert.Equal((MmsErrorKind.InvalidResponse, "MmsInvalidResponse"), (e.Kind, e.ErrorCode));
            Assert.Contains("23", e.Message);
            Assert.Contains("22", e.Message);
        }

        [Fact]
        public async Task Duplicate_id_keys_that_end_on_another_table_are_refused()
        {
            await Assert.ThrowsAsync<MmsApiException>(() => Get("{\"data\":{\"id\":22,\"name\":\"t\",\"id\":99}}"));
        }

        [Fact]
        public async Task A_byte_order_mark_before_the_json_is_ignored()
        {
            byte[] bom = { 0xEF, 0xBB, 0xBF };
            string body = Encoding.UTF8.GetString(bom) + "{\"requestId\":\"r\",\"data\":{\"id\":22,\"name\":\"t\"}}";
            MmsTable t = await Get(body);
            Assert.Equal("t", t.Name);
        }

        [Fact]
        public async Task A_gateway_error_body_in_a_200_keeps_its_request_id()
        {
            var e = await Assert.ThrowsAsync<MmsApiException>(() => Get("{\"RequestId\":\"GW-REQ-7\",\"Code\":\"Forbidden.RAM\",\"Message\":\"denied\"}"));
            Assert.Equal("GW-REQ-7", e.RequestId);
            Assert.Contains("request id GW-REQ-7", e.Message);
            Assert.Contains("Forbidden.RAM", e.Message);
        }

        [Theory]
        [InlineData("proxy tunnel request to proxy 'http://user:s3cret@proxy:8080/' failed", "proxy tunnel request to proxy 'http://***@proxy:8080/' failed")]
        [InlineData("see https://a:b@host and http://c@d/x", "see https://***@host and http://***@d/x")]
        [InlineData("mail me at someone@example.com", "mail me at someone@example.com")]
        public void User_info_in_urls_is_masked(string text, string redacted) => Assert.Equal(redacted, UserInfoRedaction.Redact(text));
    }
}
