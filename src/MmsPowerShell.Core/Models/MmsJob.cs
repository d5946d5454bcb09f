namespace MmsPowerShell.Core.Models
{
    /// <summary>A migration job of an MMA data source, as GetMmsJob returns it, cleaned and typed.</summary>
    public sealed partial class MmsJob
    {
        private static readonly MmsJobConfig NoConfig = new MmsJobConfig();

        public long SourceId { get; internal set; }

        public string? SourceName { get; internal set; }

        public long JobId { get; internal set; }

        public string? Name { get; internal set; }

        /// <summary>INIT, DOING, DONE or FAILED, as the service sends it (see <see cref="MmsJobStatus"/>).</summary>
        public string? Status { get; internal set; }

        /// <summary>The job's scope: Database, Tables or Partitions.</summary>
        public string? Type { get; internal set; }

        /// <summary>True once the job was stopped; its Status stays what it was (e.g. DOING).</summary>
        public bool Stopped { get; internal set; }

        public int TaskNum { get; internal set; }

        /// <summary>Tasks that ended DONE (failed tasks do not count).</summary>
        public int TaskDone { get; internal set; }

        /// <summary>TaskDone out of TaskNum, 0 to 100, rounded down; 0 for a job without tasks.</summary>
        public int PercentDone => TaskNum <= 0 ? 0 : (int)Math.Max(0L, Math.Min(100L, TaskDone * 100L / TaskNum));

        public long DbId { get; internal set; }

        public string? SrcDbName { get; internal set; }

        public string? SrcSchemaName { get; internal set; }

        /// <summary>The destination MaxCompute project.</summary>
        public string? DstDbName { get; internal set; }

        public string? DstSchemaName { get; internal set; }

        /// <summary>createTime as a DateTime in the service's local time (the service sends no zone).</summary>
        public DateTime? CreateTime { get; internal set; }

        public string? CreateTimeText { get; internal set; }

        public string? Eta { get; internal set; }

        /// <summary>What the job was created with: tables, partitions, filters, mappings, switches.</summary>
        public MmsJobConfig Config { get; internal set; } = NoConfig;

        /// <summary>
        /// For a FAILED job: the message of the last log entry of its latest failed task, i.e. why it failed. Read by
        /// Get-MmsJob -Status FAILED (only failed jobs listed) or with -IncludeLastMessage; null otherwise.
        /// </summary>
        public string? LastMessage { get; internal set; }

        public string? RequestId { get; internal set; }

        /// <summary>
        /// For a FAILED job: the later jobs that migrated every one of its failed tables since (one entry per failed
        /// task), so retrying it would migrate them again; empty when it is not superseded. Get-MmsJob and
        /// Restart-MmsJob read it from the tasks of the job's source database; other cmdlets leave it empty.
        /// </summary>
        public MmsList<MmsSupersession> SupersededBy { get; internal set; } = MmsList<MmsSupersession>.None;

        /// <summary>True for a FAILED job whose failed tables were all migrated since by later jobs.</summary>
        public bool IsSuperseded => SupersededBy.Count > 0;

        /// <summary>DONE or FAILED: nothing more will happen unless the job is retried.</summary>
        public bool IsFinished => MmsJobStatus.IsFinished(Status);

        /// <summary>True on the job Stop-MmsJob -PassThru writes when the job was still running: it stops at its next step.</summary>
        public bool StopRequested { get; internal set; }

        /// <summary>
        /// What the default view shows: the Status, or STOPPED for a job stopped before it ended (whose Status stays
        /// as it was, e.g. DOING), STOPPING for one asked to stop that has not yet, SUPERSEDED for a FAILED job whose
        /// failed tables later jobs migrated since (see SupersededBy); so <c>Where-Object State -eq FAILED</c> finds
        /// exactly the failed jobs still worth a retry.
        /// </summary>
        public string? State =>
            Stopped && !IsFinished ? MmsJobStatus.Stopped
            : StopRequested && !IsFinished ? MmsJobStatus.Stopping
            : IsSuperseded ? MmsJobStatus.Superseded
            : Status;

        public override string ToString() => "job " + JobId + " '" + Name + "' (source " + SourceId + ")";
    }
}
