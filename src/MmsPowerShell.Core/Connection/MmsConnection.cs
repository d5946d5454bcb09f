using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Connection
{
    /// <summary>A resolved place to send requests and the credentials to sign them with.</summary>
    public sealed class MmsConnection
    {
        public MmsConnection(Uri endpoint, string? region, MmsCredentials credentials, string[]? warnings = null)
        {
            Endpoint = endpoint;
            Region = region;
            Credentials = credentials;
            Warnings = warnings ?? new string[0];
        }

        /// <summary>What the user should know about how the connection was found (e.g. a credentials file others can read).</summary>
        public string[] Warnings { get; }

        public Uri Endpoint { get; }

        public string? Region { get; }

        public MmsCredentials Credentials { get; }

        public override string ToString() => Endpoint + " as " + Credentials;
    }
}
