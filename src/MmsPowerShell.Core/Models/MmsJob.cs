using System;

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

        public string? RequestId { get; internal set; }

        /// <summary>DONE or FAILED: nothing more will happen unless the job is retried.</summary>
        public bool IsFinished => MmsJobStatus.IsFinished(Status);

        /// <summary>
        /// What the default view shows: the Status, or STOPPED for a job stopped before it ended (whose Status stays
        /// as it was, e.g. DOING), so <c>Where-Object State -eq STOPPED</c> finds what the table shows.
        /// </summary>
        public string? State => Stopped && !IsFinished ? MmsJobStatus.Stopped : Status;

        public override string ToString() => "job " + JobId + " '" + Name + "' (source " + SourceId + ")";
    }
}
