namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// A kind of object of a data source as the service names it when one is missing:
    /// "&lt;Name&gt; not found: source &lt;sourceId&gt; &lt;IdName&gt; &lt;id&gt;", e.g. "Job not found: source 2000028 job 104".
    /// </summary>
    public sealed record ObjectKind(string Name, string IdName)
    {
        public static readonly ObjectKind Table = new ObjectKind("Table", "table");
        public static readonly ObjectKind Partition = new ObjectKind("Partition", "partition");
        public static readonly ObjectKind Database = new ObjectKind("Database", "db");
        public static readonly ObjectKind Scan = new ObjectKind("Scan", "scan");
        public static readonly ObjectKind Job = new ObjectKind("Job", "job");
        public static readonly ObjectKind Task = new ObjectKind("Task", "task");
        public static readonly ObjectKind AsyncTask = new ObjectKind("Async task", "task");
        public static readonly ObjectKind Timer = new ObjectKind("Timer", "timer");

        public string NotFound(long sourceId, long id) => Name + " not found: source " + sourceId + " " + IdName + " " + id;
    }
}
