using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    public class ApiErrorTests
    {
        private static Task<MmsApiException> Fail(HttpStatusCode status, string body, string? headerRequestId = null, string contentType = "application/json") =>
            Assert.ThrowsAsync<MmsApiException>(() =>
                TestClients.For(StubHttpHandler.Returning(status, body, headerRequestId, contentType)).GetTableAsync(7, 9, CancellationToken.None));

        [Fact]
        public async Task Gateway_shape_is_read()
        {
            var e = await Fail((HttpStatusCode)400,
                "{\"RequestId\":\"GW-1\",\"HostId\":\"maxcompute.cn-hangzhou.aliyuncs.com\",\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched with our calculation.\",\"Recommend\":\"https://api.aliyun.com/troubleshoot\"}");
            Assert.Equal((MmsErrorKind.Authentication, 400, "SignatureDoesNotMatch", "GW-1"), (e.Kind, e.HttpStatus, e.ErrorCode, e.RequestId));
            Assert.Equal("Specified signature is not matched with our calculation.", e.ServiceMessage);
            Assert.Contains("secret", e.RecommendedAction);
            Assert.Contains("clock", e.RecommendedAction);
            Assert.Contains("GW-1", e.Message);
        }

        [Fact]
        public async Task MaxCompute_shape_not_found_is_read()
        {
            var e = await Fail(HttpStatusCode.NotFound,
                "{\"requestId\":\"MC-1\",\"httpCode\":404,\"errorCode\":\"ODPS-0130131\",\"errorMsg\":\"Table not found\",\"data\":null}");
            Assert.Equal((MmsErrorKind.NotFound, 404, "ODPS-0130131", "MC-1", "Table not found"),
                (e.Kind, e.HttpStatus, e.ErrorCode, e.RequestId, e.ServiceMessage));
        }

        [Fact]
        public async Task Lowercase_code_and_message_variants_are_read_and_header_request_id_is_the_fallback()
        {
            var e = await Fail(HttpStatusCode.BadRequest, "{\"code\":\"InvalidParameter\",\"message\":\"bad id\"}", headerRequestId: "HDR-2");
            Assert.Equal((MmsErrorKind.InvalidRequest, "InvalidParameter", "bad id", "HDR-2"), (e.Kind, e.ErrorCode, e.ServiceMessage, e.RequestId));
        }

        [Fact]
        public async Task Html_error_page_gives_status_and_a_short_excerpt_only()
        {
            string page = "<html><head><title>502 Bad Gateway</title></head><body>" + new string('x', 5000) + "</body></html>";
            var e = await Fail(HttpStatusCode.BadGateway, page, contentType: "text/html");
            Assert.Equal((MmsErrorKind.InvalidResponse, 502, "MmsInvalidResponse"), (e.Kind, e.HttpStatus, e.ErrorCode));
            Assert.Contains("502 Bad Gateway", e.Message);
            Assert.True(e.Message.Length < 400, "the message must not carry the whole body");
        }

        [Fact]
        public async Task Json_without_any_error_field_is_a_bad_answer_not_an_error_code()
        {
            var e = await Fail(HttpStatusCode.NotFound, "{\"hello\":\"world\"}", headerRequestId: "HDR-3");
            Assert.Equal((MmsErrorKind.InvalidResponse, "MmsInvalidResponse", "HDR-3"), (e.Kind, e.ErrorCode, e.RequestId));
        }

        [Theory]
        [InlineData("Forbidden.RAM", 403, MmsErrorKind.PermissionDenied)]
        [InlineData("NoPermission", 403, MmsErrorKind.PermissionDenied)]
        [InlineData("Throttling.User", 400, MmsErrorKind.Throttling)]
        [InlineData("Throttling", 503, MmsErrorKind.Throttling)]
        [InlineData("InvalidAccessKeyId.NotFound", 404, MmsErrorKind.Authentication)]
        [InlineData("InvalidTimeStamp.Expired", 400, MmsErrorKind.Authentication)]
        [InlineData("InvalidSecurityToken.Expired", 400, MmsErrorKind.Authentication)]
        [InlineData("ODPS-0410042", 401, MmsErrorKind.Authentication)]
        [InlineData("InvalidApi.NotFound", 404, MmsErrorKind.InvalidRequest)]
        [InlineData("InternalError", 500, MmsErrorKind.ServerError)]
        [InlineData("Whatever", 429, MmsErrorKind.Throttling)]
        [InlineData("Whatever", 403, MmsErrorKind.PermissionDenied)]
        [InlineData("Whatever", 404, MmsErrorKind.NotFound)]
        [InlineData("Whatever", 409, MmsErrorKind.InvalidRequest)]
        public void Classification_keys_on_the_code_before_the_status(string code, int status, MmsErrorKind kind)
        {
            Assert.Equal(kind, ApiErrorClassifier.Classify(code, status, retryAfterHeader: false));
        }

        [Fact]
        public async Task Permission_errors_name_the_RAM_action_and_resource()
        {
            var e = await Fail(HttpStatusCode.Forbidden, "{\"Code\":\"Forbidden.RAM\",\"Message\":\"User not authorized\",\"RequestId\":\"R\"}");
            Assert.Equal("Grant the RAM action odps:GetMmsTable on acs:odps:cn-hangzhou:{accountId}:mmsdatasource/7 to the caller.", e.RecommendedAction);
        }

        [Fact]
        public async Task Clock_skew_says_the_local_clock_is_off()
        {
            var e = await Fail(HttpStatusCode.BadRequest, "{\"Code\":\"InvalidTimeStamp.Expired\",\"Message\":\"Specified time stamp or date value is expired.\"}");
            Assert.Contains("local clock", e.RecommendedAction);
        }
    }
}
