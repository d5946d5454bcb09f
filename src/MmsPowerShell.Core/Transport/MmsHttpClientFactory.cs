using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// One pooled handler for the module's life (one per explicit proxy), built on first use, never at
    /// import, through Microsoft.Extensions.Http, which recycles handlers so DNS changes are picked up.
    /// </summary>
    public static class MmsHttpClientFactory
    {
        private const string ClientName = "MmsPowerShell";
        private const string ProxyClientPrefix = ClientName + "|proxy=";
        private static readonly TimeSpan HandlerLifetime = TimeSpan.FromMinutes(10);

        /// <summary>
        /// How long one HttpClient is handed out again. Asking the factory for a client costs tens of microseconds
        /// (options lookup, handler wrapping, default headers), which is a sixth of a call against a local endpoint;
        /// a client is thread-safe and never changed after it is configured, so cmdlet calls share it for a while.
        /// Well under <see cref="HandlerLifetime"/>, so the factory's handler rotation (DNS changes) still applies.
        /// </summary>
        private static readonly TimeSpan ClientReuse = TimeSpan.FromMinutes(1);

        private static readonly string UserAgent = "MmsPowerShell/" + typeof(MmsHttpClientFactory).Assembly.GetName().Version;

        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(Build);

        private static readonly Stopwatch Clock = Stopwatch.StartNew();

        private static readonly ConcurrentDictionary<string, ReusedClient> Clients = new ConcurrentDictionary<string, ReusedClient>(StringComparer.Ordinal);

        /// <summary>A client over the shared handler; with <paramref name="proxy"/>, over that proxy's handler
        /// (without it, HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment apply).</summary>
        public static HttpClient CreateClient(Uri? proxy = null)
        {
            string name = proxy == null ? ClientName : ProxyClientPrefix + proxy.AbsoluteUri;
            TimeSpan now = Clock.Elapsed;
            if (Clients.TryGetValue(name, out ReusedClient? reused) && now - reused.Created < ClientReuse)
            {
                return reused.Client;
            }
            // Not disposed when replaced: requests may still be using it, and the factory owns the handler.
            var fresh = new ReusedClient(Factory.Value.CreateClient(name), now);
            Clients[name] = fresh;
            return fresh.Client;
        }

        private static IHttpClientFactory Build()
        {
            var services = new ServiceCollection();
            // The factory's default logging wraps every request in two handlers and a log scope, for no logger: the
            // module writes its own -Verbose lines. Removed for every client, the per-proxy ones included.
            services.ConfigureHttpClientDefaults(builder => builder.RemoveAllLoggers());
            services.AddHttpClient(ClientName, ConfigureClient)
                .ConfigurePrimaryHttpMessageHandler(() => CreatePrimaryHandler(null))
                .SetHandlerLifetime(HandlerLifetime);
            services.AddSingleton<IConfigureOptions<HttpClientFactoryOptions>>(new ProxyClientOptions());
            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        }

        private static void ConfigureClient(HttpClient client)
        {
            // Each attempt carries its own deadline through a CancellationToken; this is only a backstop.
            client.Timeout = TimeSpan.FromMinutes(5);
            client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        }

        private static HttpMessageHandler CreatePrimaryHandler(Uri? proxy)
        {
            // Certificate validation stays on; redirects are not followed (a signed request must not wander).
#if NET8_0_OR_GREATER
            var handler = new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AllowAutoRedirect = false,
            };
#else
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                AllowAutoRedirect = false,
            };
#endif
            if (proxy != null)
            {
                handler.Proxy = new WebProxy(proxy);
                handler.UseProxy = true;
            }
            return handler;
        }

        private sealed class ReusedClient
        {
            public ReusedClient(HttpClient client, TimeSpan created)
            {
                Client = client;
                Created = created;
            }

            public HttpClient Client { get; }

            public TimeSpan Created { get; }
        }

        /// <summary>Configures the named client of each explicit proxy the first time it is asked for.</summary>
        private sealed class ProxyClientOptions : IConfigureNamedOptions<HttpClientFactoryOptions>
        {
            public void Configure(HttpClientFactoryOptions options)
            {
            }

            public void Configure(string? name, HttpClientFactoryOptions options)
            {
                if (name == null || !name.StartsWith(ProxyClientPrefix, StringComparison.Ordinal))
                {
                    return;
                }
                var proxy = new Uri(name.Substring(ProxyClientPrefix.Length));
                options.HttpClientActions.Add(ConfigureClient);
                options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = CreatePrimaryHandler(proxy));
                options.HandlerLifetime = HandlerLifetime;
            }
        }
    }
}
