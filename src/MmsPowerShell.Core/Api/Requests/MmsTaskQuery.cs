namespace MmsPowerShell.Core.Http
{
    /// <summary>ListMmsTasks' server-side filters, turned into its query parameters.</summary>
    public sealed class MmsTaskQuery
    {
        public long? JobId { get; set; }

        public string? Status { get; set; }

        /// <summary>The source database (srcDbName).</summary>
        public string? DbName { get; set; }

        /// <summary>The source table (srcTableName).</summary>
        public string? TableName { get; set; }

        /// <summary>"status" or "startTime": the two sorters ListMmsTasks has; null keeps the service's order.</summary>
        public string? SortBy { get; set; }

        public bool Descending { get; set; }

        public IEnumerable<KeyValuePair<string, string>> ToQuery()
        {
            if (JobId.HasValue) yield return QueryValues.Pair("jobId", QueryValues.Number(JobId.Value));
            if (!string.IsNullOrEmpty(Status)) yield return QueryValues.Pair("status", Status!);
            if (!string.IsNullOrEmpty(DbName)) yield return QueryValues.Pair("srcDbName", DbName!);
            if (!string.IsNullOrEmpty(TableName)) yield return QueryValues.Pair("srcTableName", TableName!);
            if (!string.IsNullOrEmpty(SortBy)) yield return QueryValues.Sorter(SortBy!, Descending);
        }
    }
}
