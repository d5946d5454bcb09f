namespace MmsPowerShell.Core.Http
{
    /// <summary>How query values are written for the job-side lists.</summary>
    internal static class QueryValues
    {
        public static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);

        public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// ListMmsJobs and ListMmsTasks take their sorter object straight into the query, so the SDK flattens it with a
        /// dot: sorter.status=desc (unlike ListMmsDbs, which sends the sorter as one JSON string).
        /// </summary>
        public static KeyValuePair<string, string> Sorter(string field, bool descending) => Pair("sorter." + field, descending ? "desc" : "asc");
    }
}
