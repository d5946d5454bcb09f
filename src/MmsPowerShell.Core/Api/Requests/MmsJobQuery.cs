namespace MmsPowerShell.Core.Http
{
    /// <summary>ListMmsJobs' server-side filters, turned into its query parameters.</summary>
    public sealed class MmsJobQuery
    {
        /// <summary>Sent as the service's name filter, which matches exactly or by prefix.</summary>
        public string? NamePrefix { get; set; }

        public string? Status { get; set; }

        /// <summary>The source database (srcDbName).</summary>
        public string? DbName { get; set; }

        public string? DstDbName { get; set; }

        public bool? Stopped { get; set; }

        /// <summary>Only the jobs a timer spawned.</summary>
        public long? TimerId { get; set; }

        /// <summary>Sort by status (the one sorter ListMmsJobs has).</summary>
        public bool SortByStatus { get; set; }

        public bool Descending { get; set; }

        public IEnumerable<KeyValuePair<string, string>> ToQuery()
        {
            if (!string.IsNullOrEmpty(NamePrefix)) yield return QueryValues.Pair("name", NamePrefix!);
            if (!string.IsNullOrEmpty(Status)) yield return QueryValues.Pair("status", Status!);
            if (!string.IsNullOrEmpty(DbName)) yield return QueryValues.Pair("srcDbName", DbName!);
            if (!string.IsNullOrEmpty(DstDbName)) yield return QueryValues.Pair("dstDbName", DstDbName!);
            if (Stopped.HasValue)
            {
                // The SDK types this filter int64 (the docs show false): 1/0 parses both as a number and as a boolean.
                yield return QueryValues.Pair("stopped", Stopped.Value ? "1" : "0");
            }
            if (TimerId.HasValue) yield return QueryValues.Pair("timerId", QueryValues.Number(TimerId.Value));
            if (SortByStatus) yield return QueryValues.Sorter("status", Descending);
        }
    }
}
