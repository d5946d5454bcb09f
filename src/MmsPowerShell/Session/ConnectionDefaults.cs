using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Session
{
    /// <summary>How what a command line says combines with the Connect-Mms context; cmdlets and completers both use it.</summary>
    internal static class ConnectionDefaults
    {
        public static ConnectionOptions Merge(string? region, string? endpoint, string? profileName, MmsCredentials? credentials, MmsContext? context)
        {
            // Credentials named on the command line (either way) replace the context's as a whole, and a region
            // named there replaces the context's endpoint along with its region.
            bool ownCredentials = credentials != null || profileName != null;
            return new ConnectionOptions
            {
                Region = region ?? context?.Region,
                Endpoint = endpoint ?? (region == null ? context?.Endpoint : null),
                ProfileName = ownCredentials ? profileName : context?.ProfileName,
                Credentials = ownCredentials ? credentials : context?.Credentials,
            };
        }
    }
}
