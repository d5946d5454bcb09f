using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Session;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Completes -SourceId from the data sources the connection on the command line can see, with their
    /// names as tooltips. Cached for a minute per endpoint and key, capped at two seconds, silent on errors:
    /// completion must never slow or break the prompt.
    /// </summary>
    public sealed class SourceIdCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
        private static readonly ConcurrentDictionary<string, (DateTime At, IReadOnlyList<MmsDataSource> Sources)> Cache =
            new ConcurrentDictionary<string, (DateTime, IReadOnlyList<MmsDataSource>)>();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<MmsDataSource> sources;
            try
            {
                sources = Load(fakeBoundParameters);
            }
            catch (Exception)
            {
                // No credentials, no network, a slow service: offer nothing rather than an error at the prompt.
                return Enumerable.Empty<CompletionResult>();
            }
            string prefix = wordToComplete.Trim('\'', '"');
            return sources
                .Where(s => s.SourceId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal) ||
                            (s.Name ?? string.Empty).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => new CompletionResult(
                    s.SourceId.ToString(CultureInfo.InvariantCulture), s.SourceId + " " + s.Name, CompletionResultType.ParameterValue, s.Name + " (" + s.Type + ", " + s.Region + ")"));
        }

        private static IReadOnlyList<MmsDataSource> Load(IDictionary bound)
        {
            MmsContext? context = MmsSession.Current;
            var options = new ConnectionOptions
            {
                Region = bound["Region"] as string ?? context?.Region,
                Endpoint = bound["Endpoint"] as string ?? context?.Endpoint,
                ProfileName = bound["ProfileName"] as string ?? context?.ProfileName,
                Credentials = context?.Credentials,
            };
            if ((bound["Credential"] as PSCredential ?? (bound["Credential"] as PSObject)?.BaseObject as PSCredential) is PSCredential credential)
            {
                options.Credentials = new MmsCredentials(credential.UserName, credential.GetNetworkCredential().Password, bound["SecurityToken"] as string, "-Credential");
            }
            MmsConnection connection = new ConnectionResolver(ProcessEnvironment.Instance).Resolve(options);
            string key = connection.Endpoint + "|" + connection.Credentials.AccessKeyId;
            if (Cache.TryGetValue(key, out var cached) && DateTime.UtcNow - cached.At < CacheLifetime)
            {
                return cached.Sources;
            }
            var client = new MmsApiClient(connection, MmsHttpClientFactory.CreateClient(), retry: new RetryPolicy(1, Budget));
            using (var budget = new CancellationTokenSource(Budget))
            {
                IReadOnlyList<MmsDataSource> sources = client.ListDataSourcesAsync(1, 100, budget.Token).GetAwaiter().GetResult().Items;
                Cache[key] = (DateTime.UtcNow, sources);
                return sources;
            }
        }
    }
}
