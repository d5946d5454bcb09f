namespace MmsPowerShell.Core.Models
{
    /// <summary>One job of a migration run: a chunk of one database's tables bound for one project.</summary>
    public sealed class MmsMigrationRunJob
    {
        /// <summary>0 until the job exists in the service.</summary>
        public long JobId { get; set; }

        /// <summary>&lt;run name&gt;-&lt;database&gt;-&lt;NNN&gt;.</summary>
        public string Name { get; set; } = "";

        public string DbName { get; set; } = "";

        public string DestinationProject { get; set; } = "";

        /// <summary>The chunk's table names, in table-id order.</summary>
        public MmsList<string> Tables { get; set; } = MmsList<string>.None;

        /// <summary>PLANNED before the job is created, then the job's status as the service has it (INIT, DOING, DONE, FAILED).</summary>
        public string Status { get; set; } = "PLANNED";

        /// <summary>How many times the job has run: 1 after the start, +1 per retry.</summary>
        public int Attempts { get; set; }

        public int TaskNum { get; set; }

        public int TaskDone { get; set; }

        public long Bytes { get; set; }

        public DateTimeOffset? StartTime { get; set; }

        public DateTimeOffset? EndTime { get; set; }

        public override string ToString() => Name + " (" + Status + ")";
    }
}
