using System.Collections.Concurrent;
using System.Security;
using MmsPowerShell.Commands;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Session;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// What the completers share: a client for the connection on the command line (or the Connect-Mms
    /// context), a two-second budget, a one-minute cache, and silence on any failure — completion must
    /// never slow or break the prompt.
    /// </summary>
    internal static class CompletionSource
    {
        private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
        private static readonly ConcurrentDictionary<string, (DateTime At, object Items)> Cache = new ConcurrentDictionary<string, (DateTime, object)>();

        /// <summary>The items <paramref name="load"/> returns for this connection and key, or none on any failure.</summary>
        public static IReadOnlyList<T> Load<T>(IDictionary bound, string what, Func<MmsApiClient, CancellationToken, IReadOnlyList<T>> load)
        {
            try
            {
                MmsConnection connection = Resolve(bound);
                string key = connection.Endpoint + "|" + connection.Credentials.AccessKeyId + "|" + what;
                if (Cache.TryGetValue(key, out var cached) && DateTime.UtcNow - cached.At < CacheLifetime)
                {
                    return (IReadOnlyList<T>)cached.Items;
                }
                var client = new MmsApiClient(new MmsTransport(connection, MmsHttpClientFactory.CreateClient(), retry: new RetryPolicy(1, Budget)));
                using (var budget = new CancellationTokenSource(Budget))
                {
                    IReadOnlyList<T> items = load(client, budget.Token);
                    Cache[key] = (DateTime.UtcNow, items);
                    return items;
                }
            }
            catch (Exception)
            {
                // No credentials, no network, a slow or failing service: offer nothing rather than an error at the prompt.
                return new T[0];
            }
        }

        /// <summary>
        /// The items <paramref name="load"/> returns for the -SourceId already typed (cached per source under
        /// <paramref name="what"/>); none until a source is typed.
        /// </summary>
        public static IReadOnlyList<T> LoadForSource<T>(IDictionary bound, string what, Func<MmsApiClient, long, CancellationToken, IReadOnlyList<T>> load)
        {
            long? sourceId = BoundLong(bound, "SourceId");
            return sourceId == null ? new T[0] : Load(bound, what + "|" + sourceId, (client, token) => load(client, sourceId.Value, token));
        }

        /// <summary>
        /// The first page of a listing of the -SourceId already typed (cached per source under <paramref name="what"/>);
        /// none until a source is typed. <paramref name="list"/> is called with the page number and size to ask for.
        /// </summary>
        public static IReadOnlyList<T> FirstPageOfSource<T>(IDictionary bound, string what,
            Func<MmsApiClient, long, int, int, CancellationToken, Task<MmsPage<T>>> list) =>
            LoadForSource(bound, what, (client, sourceId, token) => list(client, sourceId, 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items);

        /// <summary>Completions for an id parameter: the items whose id starts with what was typed, listed as "id label".</summary>
        public static IEnumerable<CompletionResult> Ids<T>(IEnumerable<T> items, string wordToComplete, Func<T, long> idOf, Func<T, string?> label,
            Func<T, string> tooltip)
        {
            string prefix = Prefix(wordToComplete);
            return items
                .Select(item => (Item: item, Id: idOf(item).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Where(found => found.Id.StartsWith(prefix, StringComparison.Ordinal))
                .Select(found => new CompletionResult(found.Id, found.Id + " " + label(found.Item), CompletionResultType.ParameterValue, tooltip(found.Item)));
        }

        /// <summary>
        /// Completions for a name parameter: the items whose name starts with what was typed (in any case), quoted where
        /// the shell needs it; items without a name are passed over.
        /// </summary>
        public static IEnumerable<CompletionResult> Names<T>(IEnumerable<T> items, string wordToComplete, Func<T, string?> nameOf, Func<T, string?> tooltip)
        {
            string prefix = Prefix(wordToComplete);
            return items
                .Select(item => (Item: item, Name: nameOf(item)))
                .Where(found => found.Name != null && found.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(found => new CompletionResult(Quote(found.Name!), found.Name, CompletionResultType.ParameterValue, tooltip(found.Item)));
        }

        /// <summary>A long the user already typed for a parameter (e.g. -SourceId), if any.</summary>
        public static long? BoundLong(IDictionary bound, string name)
        {
            object? value = bound[name];
            value = (value as PSObject)?.BaseObject ?? value;
            if (value is Array array && array.Length > 0)
            {
                value = array.GetValue(0);
            }
            try
            {
                return value == null ? (long?)null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception)
            {
                return null;
            }
        }

        public static string Prefix(string wordToComplete) => wordToComplete.Trim('\'', '"');

        public static string Quote(string value) => value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`' }) < 0 ? value : "'" + value.Replace("'", "''") + "'";

        private static MmsConnection Resolve(IDictionary bound)
        {
            MmsCredentials? credentials = null;
            if ((bound["Credential"] as PSCredential ?? (bound["Credential"] as PSObject)?.BaseObject as PSCredential) is PSCredential credential)
            {
                credentials = new MmsCredentials(credential.UserName, credential.GetNetworkCredential().Password,
                    bound["SecurityToken"] as string ?? SecureStringTransformationAttribute.Reveal(bound["SecurityToken"] as SecureString), "-Credential");
            }
            ConnectionOptions options = ConnectionDefaults.Merge(
                bound["Region"] as string, bound["Endpoint"] as string, bound["ProfileName"] as string, credentials, MmsSession.Current);
            return new ConnectionResolver(ProcessEnvironment.Instance).Resolve(options);
        }
    }
}
