namespace MmsPowerShell.Core.Http
{
    /// <summary>ListMmsTables' server-side filters, turned into its query parameters.</summary>
    public sealed class MmsTableQuery
    {
        public string? DbName { get; set; }

        /// <summary>Sent as the service's name filter, which matches exactly or by prefix.</summary>
        public string? NamePrefix { get; set; }

        /// <summary>States as the service spells them (upper case), e.g. FAILED.</summary>
        public IReadOnlyList<string> Statuses { get; set; } = new string[0];

        public string? Type { get; set; }

        public bool? HasPartitions { get; set; }

        public DateTime? LastDdlTimeAfter { get; set; }

        public DateTime? LastDdlTimeBefore { get; set; }

        public MmsTableSortProperty? SortBy { get; set; }

        public bool Descending { get; set; }

        public IEnumerable<KeyValuePair<string, string>> ToQuery()
        {
            if (!string.IsNullOrEmpty(DbName)) yield return Pair("dbName", DbName!);
            if (!string.IsNullOrEmpty(NamePrefix)) yield return Pair("name", NamePrefix!);
            if (!string.IsNullOrEmpty(Type)) yield return Pair("type", Type!);
            if (HasPartitions.HasValue) yield return Pair("hasPartitions", HasPartitions.Value ? "true" : "false");
            if (Statuses.Count > 0)
            {
                yield return Pair("status", StatusArray(Statuses));
            }
            if (LastDdlTimeAfter.HasValue) yield return Pair("lastDdlTimeStart", Format(LastDdlTimeAfter.Value));
            if (LastDdlTimeBefore.HasValue) yield return Pair("lastDdlTimeEnd", Format(LastDdlTimeBefore.Value));
            if (SortBy.HasValue)
            {
                string field = SortBy.Value == MmsTableSortProperty.NumRows ? "numRows" : SortBy.Value == MmsTableSortProperty.Size ? "size" : "lastDdlTime";
                yield return Pair("sorter." + field, Descending ? "desc" : "asc");
            }
        }

        /// <summary>A status filter as the service takes it: one JSON array in one parameter, e.g. ["DONE","FAILED"].</summary>
        public static string StatusArray(IEnumerable<string> statuses) =>
            "[" + string.Join(",", statuses.Select(s => "\"" + s + "\"")) + "]";

        private static string Format(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
