using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>One rule for a failed state change: a clear refusal is "not made", anything else after sending is "unknown".</summary>
    public class ChangeOutcomeTests
    {
        private static async Task<MmsApiException> StopJobAnswering(HttpStatusCode status, string body)
        {
            var handler = StubHttpHandler.Returning(status, body);
            var client = TestClients.For(handler);
            MmsApiException e = await Assert.ThrowsAsync<MmsApiException>(() => client.StopJobAsync(2000028, 5, CancellationToken.None));
            Assert.Single(handler.Requests);
            return e;
        }

        [Theory]
        [InlineData(HttpStatusCode.InternalServerError, "{\"Code\":\"InternalError\",\"Message\":\"boom\"}")]
        [InlineData(HttpStatusCode.GatewayTimeout, "{\"Code\":\"GatewayTimeout\",\"Message\":\"upstream\"}")]
        [InlineData(HttpStatusCode.BadGateway, "<html>502</html>")]
        [InlineData(HttpStatusCode.OK, "{\"requestId\":\"x\",\"data\":")]
        [InlineData(HttpStatusCode.OK, "{\"requestId\":\"x\"}")]
        [InlineData(HttpStatusCode.OK, "{\"requestId\":\"x\",\"data\":null}")]
        public async Task Anything_but_a_refusal_after_sending_a_change_leaves_its_outcome_unknown(HttpStatusCode status, string body)
        {
            MmsApiException e = await StopJobAnswering(status, body);
            Assert.True(e.OutcomeUnknown);
            Assert.False(e.ChangeNotMade);
        }

        [Theory]
        [InlineData(HttpStatusCode.BadRequest, "{\"Code\":\"InvalidParameter\",\"Message\":\"no\"}")]
        [InlineData(HttpStatusCode.NotFound, "{\"Code\":\"Job.NotFound\",\"Message\":\"no\"}")]
        [InlineData(HttpStatusCode.Forbidden, "{\"Code\":\"Forbidden.RAM\",\"Message\":\"no\"}")]
        public async Task A_refusal_says_the_change_was_not_made(HttpStatusCode status, string body)
        {
            MmsApiException e = await StopJobAnswering(status, body);
            Assert.True(e.ChangeNotMade);
            Assert.False(e.OutcomeUnknown);
        }

        [Fact]
        public async Task Reads_are_never_marked()
        {
            var client = TestClients.For(StubHttpHandler.Returning(HttpStatusCode.OK, "{\"requestId\":\"x\"}"));
            MmsApiException e = await Assert.ThrowsAsync<MmsApiException>(() => client.GetJobAsync(2000028, 5, CancellationToken.None));
            Assert.False(e.OutcomeUnknown);
            Assert.False(e.ChangeNotMade);
        }

        [Fact]
        public async Task A_create_accepted_with_a_garbled_answer_is_unknown_not_retry_later()
        {
            var client = TestClients.For(StubHttpHandler.Returning(HttpStatusCode.OK, "{\"requestId\":\"x\",\"data\":{\"asyncTaskId\":"));
            MmsApiException e = await Assert.ThrowsAsync<MmsApiException>(() =>
                client.CreateJobAsync(2000028, new MmsJobDefinition("j", "db"), CancellationToken.None));
            Assert.True(e.OutcomeUnknown);
        }

        [Fact]
        public async Task A_lost_answer_does_not_say_the_endpoint_could_not_be_reached()
        {
            var client = TestClients.For(new StubHttpHandler(_ => throw new HttpRequestException("The response ended prematurely.")));
            MmsApiException e = await Assert.ThrowsAsync<MmsApiException>(() => client.StopJobAsync(2000028, 5, CancellationToken.None));
            Assert.True(e.OutcomeUnknown);
            Assert.DoesNotContain("Could not reach", e.Message);
        }
    }
}
