namespace MmsPowerShell.Core.Http
{
    /// <summary>ListMmsTimers' server-side filters, turned into its query parameters.</summary>
    public sealed class MmsTimerQuery
    {
        /// <summary>Sent as the service's name filter, which matches by prefix.</summary>
        public string? NamePrefix { get; set; }

        public string? DbName { get; set; }

        /// <summary>Timers whose tables include this one.</summary>
        public string? TableName { get; set; }

        /// <summary>ListMmsTimers types this filter as a boolean (ListMmsJobs as an integer).</summary>
        public bool? Stopped { get; set; }

        public IEnumerable<KeyValuePair<string, string>> ToQuery()
        {
            if (!string.IsNullOrEmpty(NamePrefix)) yield return new KeyValuePair<string, string>("name", NamePrefix!);
            if (!string.IsNullOrEmpty(DbName)) yield return new KeyValuePair<string, string>("srcDbName", DbName!);
            if (!string.IsNullOrEmpty(TableName)) yield return new KeyValuePair<string, string>("srcTableName", TableName!);
            if (Stopped.HasValue) yield return new KeyValuePair<string, string>("stopped", Stopped.Value ? "true" : "false");
        }
    }
}
