namespace MmsPowerShell.Core.Http
{
    /// <summary>One OpenAPI call: the action, the method, the path (already percent-encoded), its query and its JSON body, if any.</summary>
    public sealed class ApiRequest
    {
        public ApiRequest(string action, string path, long sourceId)
            : this(HttpMethod.Get, action, path, sourceId, null)
        {
        }

        /// <summary>A read whose query carries <paramref name="query"/>: a list operation's server-side filters.</summary>
        public ApiRequest(string action, string path, long sourceId, IEnumerable<KeyValuePair<string, string>> query)
            : this(action, path, sourceId)
        {
            foreach (KeyValuePair<string, string> parameter in query)
            {
                Query.Add(parameter);
            }
        }

        public ApiRequest(HttpMethod method, string action, string path, long sourceId, byte[]? jsonBody)
        {
            Method = method;
            Action = action;
            Path = path;
            SourceId = sourceId;
            JsonBody = jsonBody;
        }

        public HttpMethod Method { get; }

        public string Action { get; }

        public string Path { get; }

        /// <summary>The data source the call is about; permission errors name its RAM resource.</summary>
        public long SourceId { get; }

        /// <summary>The exact UTF-8 bytes that are hashed, signed and sent; null for a request without a body.</summary>
        public byte[]? JsonBody { get; }

        /// <summary>
        /// Reads (GET) can be repeated safely. Anything else changes state, so it is retried only when the
        /// service said it did not act on it (throttling); a lost answer is reported, never re-sent.
        /// </summary>
        public bool IsSafeToRepeat => Method == HttpMethod.Get;

        public string RamAction => "odps:" + Action;

        public IList<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();
    }
}
