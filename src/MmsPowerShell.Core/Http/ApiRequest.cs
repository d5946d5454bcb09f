using System.Collections.Generic;

namespace MmsPowerShell.Core.Http
{
    /// <summary>One OpenAPI call: the action, the path (already percent-encoded) and its query.</summary>
    public sealed class ApiRequest
    {
        public ApiRequest(string action, string path, long sourceId)
        {
            Action = action;
            Path = path;
            SourceId = sourceId;
        }

        public string Action { get; }

        public string Path { get; }

        /// <summary>The data source the call is about; permission errors name its RAM resource.</summary>
        public long SourceId { get; }

        public string RamAction => "odps:" + Action;

        public IList<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();
    }
}
