using System;
using System.Net.Http;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Tests
{
    internal static class TestClients
    {
        public const string Secret = "TestSecretValue-0123456789";

        public static MmsApiClient For(StubHttpHandler handler, string? securityToken = null, Func<DateTime>? clock = null) =>
            new MmsApiClient(
                new MmsConnection(new Uri("https://maxcompute.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou",
                    new MmsCredentials("LTAITestKeyId", Secret, securityToken, "test")),
                new HttpClient(handler), log: null, utcNow: clock);
    }
}
