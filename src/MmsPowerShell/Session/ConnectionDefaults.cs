using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Session
{
    /// <summary>How what a command line says combines with the Connect-Mms context; cmdlets and completers both use it.</summary>
    /// <remarks>
    /// The precedence rule: an endpoint beats a region wherever each comes from. -Endpoint on the call wins; then the
    /// endpoint Connect-Mms stated; only without either does a region (the call's, then the context's, then the
    /// environment's or profile's) pick the regional endpoint. So a region that arrives on every call from
    /// $PSDefaultParameterValues can never send an emulator or VPC session to the public cloud; when it differs
    /// from the context's own region, the cmdlet says so in a warning.
    /// </remarks>
    internal static class ConnectionDefaults
    {
        public static ConnectionOptions Merge(string? region, string? endpoint, string? profileName, MmsCredentials? credentials, MmsContext? context) =>
            Merge(region, endpoint, profileName, credentials, context, out _);

        /// <param name="unusedRegion">The call's -Region when the context's endpoint wins over it and it differs from the context's region; else null.</param>
        public static ConnectionOptions Merge(string? region, string? endpoint, string? profileName, MmsCredentials? credentials, MmsContext? context,
            out string? unusedRegion)
        {
            // Credentials named on the command line (either way) replace the context's as a whole.
            bool ownCredentials = credentials != null || profileName != null;
            string? contextEndpoint = endpoint == null ? context?.Endpoint : null;
            unusedRegion = contextEndpoint != null && region != null &&
                           !string.Equals(region.Trim(), context?.Region?.Trim(), System.StringComparison.OrdinalIgnoreCase)
                ? region
                : null;
            return new ConnectionOptions
            {
                Region = region ?? context?.Region,
                Endpoint = endpoint ?? contextEndpoint,
                ProfileName = ownCredentials ? profileName : context?.ProfileName,
                Credentials = ownCredentials ? credentials : context?.Credentials,
            };
        }
    }
}
