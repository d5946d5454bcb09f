namespace MmsPowerShell.Core.Models
{
    /// <summary>
    /// A job's config as GetMmsJob echoes it. ToString() gives one line of what was set, so Export-Csv and the
    /// table view show something readable; ConvertTo-Json writes the members.
    /// </summary>
    public sealed class MmsJobConfig
    {
        private static readonly IReadOnlyList<string> NoNames = new string[0];
        private static readonly IReadOnlyList<long> NoIds = new long[0];
        private static readonly IReadOnlyDictionary<string, string> NoMap = new Dictionary<string, string>();

        public IReadOnlyList<string> Tables { get; internal set; } = NoNames;

        public IReadOnlyList<long> Partitions { get; internal set; } = NoIds;

        public IReadOnlyList<string> TableBlackList { get; internal set; } = NoNames;

        public IReadOnlyList<string> TableWhiteList { get; internal set; } = NoNames;

        public IReadOnlyDictionary<string, string> PartitionFilters { get; internal set; } = NoMap;

        public IReadOnlyDictionary<string, string> TableMapping { get; internal set; } = NoMap;

        public IReadOnlyDictionary<string, string> ColumnMapping { get; internal set; } = NoMap;

        public bool? SchemaOnly { get; internal set; }

        public bool? Increment { get; internal set; }

        public bool? EnableVerification { get; internal set; }

        public string? TaskType { get; internal set; }

        public string? TunnelQuota { get; internal set; }

        /// <summary>The free-form "others" object as JSON text.</summary>
        public string? Others { get; internal set; }

        public override string ToString()
        {
            var parts = new List<string>();
            AddList(parts, "tables", Tables);
            AddList(parts, "partitions", Partitions.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
            AddList(parts, "blackList", TableBlackList);
            AddList(parts, "whiteList", TableWhiteList);
            AddMap(parts, "partitionFilters", PartitionFilters);
            AddMap(parts, "tableMapping", TableMapping);
            AddMap(parts, "columnMapping", ColumnMapping);
            AddFlag(parts, "schemaOnly", SchemaOnly);
            AddFlag(parts, "increment", Increment);
            AddFlag(parts, "verification", EnableVerification);
            if (TaskType != null) parts.Add("taskType=" + TaskType);
            if (TunnelQuota != null) parts.Add("tunnelQuota=" + TunnelQuota);
            if (Others != null) parts.Add("others=" + Others);
            return string.Join("; ", parts);
        }

        private static void AddList(List<string> parts, string name, IReadOnlyList<string> values)
        {
            if (values.Count > 0) parts.Add(name + "=" + string.Join(",", values));
        }

        private static void AddMap(List<string> parts, string name, IReadOnlyDictionary<string, string> map)
        {
            if (map.Count > 0) parts.Add(name + "={" + string.Join(", ", map.Select(p => p.Key + ": " + p.Value)) + "}");
        }

        private static void AddFlag(List<string> parts, string name, bool? value)
        {
            if (value.HasValue) parts.Add(name + "=" + (value.Value ? "true" : "false"));
        }
    }
}
