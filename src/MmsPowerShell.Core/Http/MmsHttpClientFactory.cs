using System;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// One pooled handler for the module's life, built on first use (never at import) through
    /// Microsoft.Extensions.Http, which recycles handlers so DNS changes are picked up.
    /// </summary>
    public static class MmsHttpClientFactory
    {
        private const string ClientName = "MmsPowerShell";

        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(Build);

        public static HttpClient CreateClient() => Factory.Value.CreateClient(ClientName);

        private static IHttpClientFactory Build()
        {
            var services = new ServiceCollection();
            services.AddHttpClient(ClientName, client =>
                {
                    // Each attempt carries its own deadline through a CancellationToken; this is only a backstop.
                    client.Timeout = TimeSpan.FromMinutes(5);
                    client.DefaultRequestHeaders.UserAgent.ParseAdd("MmsPowerShell/" + typeof(MmsHttpClientFactory).Assembly.GetName().Version);
                })
                .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler)
                .SetHandlerLifetime(TimeSpan.FromMinutes(10));
            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        }

        private static HttpMessageHandler CreatePrimaryHandler()
        {
            // The default proxy honours HTTPS_PROXY/NO_PROXY; certificate validation stays on.
#if NET8_0_OR_GREATER
            return new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AllowAutoRedirect = false,
            };
#else
            return new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                AllowAutoRedirect = false,
            };
#endif
        }
    }
}
