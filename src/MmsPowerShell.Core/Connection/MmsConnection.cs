using System;
using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Connection
{
    /// <summary>A resolved place to send requests and the credentials to sign them with.</summary>
    public sealed class MmsConnection
    {
        public MmsConnection(Uri endpoint, string? region, MmsCredentials credentials)
        {
            Endpoint = endpoint;
            Region = region;
            Credentials = credentials;
        }

        public Uri Endpoint { get; }

        public string? Region { get; }

        public MmsCredentials Credentials { get; }

        public override string ToString() => Endpoint + " as " + Credentials;
    }
}
