namespace MmsPowerShell.Core.Tests
{
    public class ThrottlingTests
    {
        [Fact]
        public async Task A_throttling_answer_holds_back_the_other_requests_of_the_client()
        {
            int calls = 0;
            var sent = new List<DateTime>();
            var firstAnswered = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var handler = new StubHttpHandler(request =>
            {
                lock (sent)
                {
                    sent.Add(DateTime.UtcNow);
                }
                if (Interlocked.Increment(ref calls) == 1)
                {
                    var throttled = StubHttpHandler.Response((HttpStatusCode)429, "{\"Code\":\"Throttling\",\"Message\":\"slow down\"}");
                    throttled.Headers.Add("x-acs-retry-after", "500");
                    firstAnswered.SetResult(true);
                    return throttled;
                }
                return StubHttpHandler.Response(HttpStatusCode.OK, "{\"data\":{}}");
            });
            var client = TestClients.For(handler);
            Task first = client.GetTableAsync(1, 1, CancellationToken.None);
            await firstAnswered.Task;
            await Task.Delay(50); // let the throttled answer be read, which pauses the client
            Task second = client.GetTableAsync(1, 2, CancellationToken.None);
            await Task.WhenAll(first, second);

            Assert.Equal(3, calls);
            Assert.All(sent.Skip(1), time => Assert.True(time - sent[0] >= TimeSpan.FromMilliseconds(450),
                "every later request waited for the pause the throttling answer asked for"));
        }
    }
}
