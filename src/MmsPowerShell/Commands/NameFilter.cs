using System.Management.Automation;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// A -Name filter for tables and databases, split between server and client: the service matches only
    /// exactly or by prefix, so the literal prefix before the first wildcard goes to the server (lowercased:
    /// Hive and MaxCompute store identifiers in lower case) and the full pattern is checked here, ignoring case.
    /// </summary>
    internal sealed class NameFilter
    {
        private readonly WildcardPattern? _pattern;

        public NameFilter(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return;
            }
            _pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            int wildcard = name!.IndexOfAny(new[] { '*', '?', '[' });
            ServerPrefix = (wildcard < 0 ? name : name.Substring(0, wildcard)).ToLowerInvariant();
            IsExactOnServer = wildcard < 0;
            if (ServerPrefix.Length == 0)
            {
                ServerPrefix = null;
            }
        }

        /// <summary>What to send as the service's name filter, if anything.</summary>
        public string? ServerPrefix { get; }

        /// <summary>True when the server's filter alone decides (no wildcard to check here).</summary>
        public bool IsExactOnServer { get; } = true;

        public bool Matches(string? value) => _pattern == null || _pattern.IsMatch(value ?? string.Empty);
    }
}
