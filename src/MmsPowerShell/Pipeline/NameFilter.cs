using System.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// A -Name filter: one or more wildcard patterns, matched here ignoring case. For the lists whose service
    /// filters by name (tables, databases, jobs) the literal prefix of a single pattern goes to the server too
    /// (lowercased: Hive and MaxCompute store identifiers in lower case), since the service matches only exactly
    /// or by prefix.
    /// </summary>
    internal sealed class NameFilter
    {
        private static readonly char[] Wildcards = { '*', '?', '[' };
        private readonly WildcardPattern[] _patterns;

        public NameFilter(params string?[]? names)
            : this(names, lowercaseServerPrefix: true)
        {
        }

        /// <summary>
        /// A filter whose server prefix keeps the case as typed: for names people choose (jobs), which need not be
        /// lower case; the service compares them as sent.
        /// </summary>
        public static NameFilter CaseKept(string? name) => new NameFilter(new[] { name }, lowercaseServerPrefix: false);

        private NameFilter(string?[]? names, bool lowercaseServerPrefix)
        {
            string[] patterns = (names ?? new string?[0]).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToArray();
            _patterns = patterns.Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToArray();
            if (patterns.Length != 1)
            {
                IsExactOnServer = patterns.Length == 0;
                return;
            }
            var (literal, hasWildcard) = LiteralPrefix(patterns[0]);
            ServerPrefix = literal.Length == 0 ? null : lowercaseServerPrefix ? literal.ToLowerInvariant() : literal;
            IsExactOnServer = !hasWildcard;
        }

        /// <summary>What to send as the service's name filter, if anything.</summary>
        public string? ServerPrefix { get; }

        /// <summary>True when the server's filter alone decides (no wildcard to check here).</summary>
        public bool IsExactOnServer { get; }

        public bool Matches(string? value) => _patterns.Length == 0 || _patterns.Any(p => p.IsMatch(value ?? string.Empty));

        /// <summary>
        /// The characters before the first unescaped wildcard, with PowerShell's backtick escapes resolved
        /// (t_100`? means the literal name "t_100?"), and whether a wildcard follows.
        /// </summary>
        private static (string Literal, bool HasWildcard) LiteralPrefix(string pattern)
        {
            var literal = new StringBuilder(pattern.Length);
            bool escaped = false;
            foreach (char c in pattern)
            {
                if (escaped)
                {
                    literal.Append(c);
                    escaped = false;
                }
                else if (c == '`')
                {
                    escaped = true;
                }
                else if (Array.IndexOf(Wildcards, c) >= 0)
                {
                    return (literal.ToString(), true);
                }
                else
                {
                    literal.Append(c);
                }
            }
            return (literal.ToString(), false);
        }
    }
}
