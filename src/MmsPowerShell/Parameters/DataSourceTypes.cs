namespace MmsPowerShell.Commands
{
    /// <summary>The data source types the service documents; others are passed through, so newer types still work.</summary>
    internal static class DataSourceTypes
    {
        public const string Hive = "HIVE";
        public const string BigQuery = "BIGQUERY";

        public static readonly string[] Known = { Hive, BigQuery };
    }
}
