namespace MmsPowerShell.Core.Connection
{
    /// <summary>
    /// The Alibaba Cloud region ids this module knows, with their names: what -Region completes from, and what a
    /// region is checked against before any request, so a typo (cn-hangzou) is named at once with the nearest known
    /// id instead of ending in a DNS error after seconds. A region opened after this release is reached with
    /// -Endpoint https://maxcompute.&lt;region&gt;.aliyuncs.com, which is never checked against the list.
    /// </summary>
    public static class KnownRegions
    {
        /// <summary>Id and English name. MaxCompute is not offered in every region; the list errs on the side of accepting.</summary>
        private static readonly KeyValuePair<string, string>[] Regions =
        {
            Region("cn-hangzhou", "China (Hangzhou)"),
            Region("cn-shanghai", "China (Shanghai)"),
            Region("cn-beijing", "China (Beijing)"),
            Region("cn-zhangjiakou", "China (Zhangjiakou)"),
            Region("cn-wulanchabu", "China (Ulanqab)"),
            Region("cn-huhehaote", "China (Hohhot)"),
            Region("cn-shenzhen", "China (Shenzhen)"),
            Region("cn-heyuan", "China (Heyuan)"),
            Region("cn-guangzhou", "China (Guangzhou)"),
            Region("cn-chengdu", "China (Chengdu)"),
            Region("cn-qingdao", "China (Qingdao)"),
            Region("cn-nanjing", "China (Nanjing - Local Region)"),
            Region("cn-fuzhou", "China (Fuzhou - Local Region)"),
            Region("cn-wuhan-lr", "China (Wuhan - Local Region)"),
            Region("cn-hongkong", "China (Hong Kong)"),
            Region("cn-shanghai-finance-1", "China East 2 Finance"),
            Region("cn-shenzhen-finance-1", "China South 1 Finance"),
            Region("cn-beijing-finance-1", "China North 2 Finance"),
            Region("cn-north-2-gov-1", "China North 2 Ali Gov"),
            Region("ap-southeast-1", "Singapore"),
            Region("ap-southeast-2", "Australia (Sydney)"),
            Region("ap-southeast-3", "Malaysia (Kuala Lumpur)"),
            Region("ap-southeast-5", "Indonesia (Jakarta)"),
            Region("ap-southeast-6", "Philippines (Manila)"),
            Region("ap-southeast-7", "Thailand (Bangkok)"),
            Region("ap-northeast-1", "Japan (Tokyo)"),
            Region("ap-northeast-2", "South Korea (Seoul)"),
            Region("ap-south-1", "India (Mumbai)"),
            Region("us-west-1", "US (Silicon Valley)"),
            Region("us-east-1", "US (Virginia)"),
            Region("eu-central-1", "Germany (Frankfurt)"),
            Region("eu-west-1", "UK (London)"),
            Region("me-east-1", "UAE (Dubai)"),
            Region("me-central-1", "Saudi Arabia (Riyadh)"),
            Region("na-south-1", "Mexico"),
        };

        /// <summary>Every known region id, in the list's order (nearest to most users first).</summary>
        public static IReadOnlyList<string> Ids { get; } = Regions.Select(r => r.Key).ToArray();

        public static bool IsKnown(string region) => Regions.Any(r => string.Equals(r.Key, region, StringComparison.OrdinalIgnoreCase));

        /// <summary>The region's name (e.g. "China (Hangzhou)"), or null for an unknown id.</summary>
        public static string? NameOf(string region) =>
            Regions.Where(r => string.Equals(r.Key, region, StringComparison.OrdinalIgnoreCase)).Select(r => r.Value).FirstOrDefault();

        /// <summary>
        /// The known id a mistyped one most likely meant: one that is the city alone ("Hangzhou" for cn-hangzhou),
        /// else the id fewest single-character edits away (the first such in the list on a tie).
        /// </summary>
        public static string Nearest(string region)
        {
            string wanted = region.ToLowerInvariant();
            return Ids.FirstOrDefault(id => id.EndsWith("-" + wanted, StringComparison.Ordinal))
                ?? Ids.OrderBy(id => EditDistance(wanted, id)).First();
        }

        /// <summary>
        /// True when the id is shaped like a region id (letters, a hyphen, more parts: ap-southeast-9) and is no
        /// misspelling of a known one (a known id differing only in its digits is a sibling region, not a typo): then
        /// it may be a region opened after this release, and an endpoint may be built from it. A typo (Hangzhou,
        /// cn-hangzou) never is.
        /// </summary>
        public static bool MayBeNewRegion(string region)
        {
            string wanted = region.ToLowerInvariant();
            string[] parts = wanted.Split('-');
            bool shaped = parts.Length >= 2 && parts[0].Length >= 2 && parts.All(p => p.Length > 0) && parts[0].All(c => c >= 'a' && c <= 'z');
            string nearest = Nearest(wanted);
            return shaped && (EditDistance(wanted, nearest) > 2 || Letters(wanted) == Letters(nearest));
        }

        private static string Letters(string id) => new string(id.Where(c => !char.IsDigit(c)).ToArray());

        /// <summary>Levenshtein distance: insertions, deletions and substitutions, one each.</summary>
        public static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.Length];
        }

        private static KeyValuePair<string, string> Region(string id, string name) => new KeyValuePair<string, string>(id, name);
    }
}
