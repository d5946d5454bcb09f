namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// A run's job names, &lt;run&gt;-&lt;database&gt;-&lt;NNN&gt;: the only key that ties a job in the service to its
    /// place in the plan, because CreateMmsJob has no client token. A rerun finds its jobs by these names alone.
    /// </summary>
    public static class MigrationJobNames
    {
        /// <summary>The prefix every job of the run starts with; the service's name filter matches by prefix.</summary>
        public static string Prefix(string runName) => runName + "-";

        public static string For(string runName, string dbName, int number) =>
            runName + "-" + dbName + "-" + number.ToString("D3", CultureInfo.InvariantCulture);

        /// <summary>
        /// The chunk number when <paramref name="jobName"/> is exactly &lt;run&gt;-&lt;dbName&gt;-&lt;digits&gt;; else 0.
        /// Checking the job's own database keeps apart runs whose names prefix each other (run "w" and run "w-sales").
        /// </summary>
        public static int NumberOf(string runName, string? dbName, string? jobName)
        {
            if (jobName == null || dbName == null)
            {
                return 0;
            }
            string head = runName + "-" + dbName + "-";
            if (!jobName.StartsWith(head, StringComparison.Ordinal) || jobName.Length == head.Length || jobName.Length - head.Length > 9)
            {
                return 0;
            }
            int number = 0;
            for (int i = head.Length; i < jobName.Length; i++)
            {
                char c = jobName[i];
                if (c < '0' || c > '9')
                {
                    return 0;
                }
                number = number * 10 + (c - '0');
            }
            return number;
        }
    }
}
