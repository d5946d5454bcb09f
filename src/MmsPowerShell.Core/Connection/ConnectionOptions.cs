using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Connection
{
    /// <summary>What the caller said about the connection; anything left null comes from the environment or the CLI profile.</summary>
    public sealed class ConnectionOptions
    {
        public string? Region { get; set; }

        public string? Endpoint { get; set; }

        public string? ProfileName { get; set; }

        public MmsCredentials? Credentials { get; set; }
    }
}
