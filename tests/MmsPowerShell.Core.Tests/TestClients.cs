using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Tests
{
    internal static class TestClients
    {
        public const string Secret = "TestSecretValue-0123456789";

        /// <summary>Retries with millisecond waits, so retry tests stay fast.</summary>
        public static readonly RetryPolicy FastRetry = new RetryPolicy(4, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5));

        public static MmsApiClient For(StubHttpHandler handler, string? securityToken = null, Func<DateTime>? clock = null,
            RetryPolicy? retry = null, Action<string>? log = null, int? maxInFlight = null) =>
            new MmsApiClient(new MmsTransport(
                new MmsConnection(new Uri("https://maxcompute.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou",
                    new MmsCredentials("LTAITestKeyId", Secret, securityToken, "test")),
                new HttpClient(handler), log, clock, retry ?? FastRetry, maxInFlight));
    }
}
