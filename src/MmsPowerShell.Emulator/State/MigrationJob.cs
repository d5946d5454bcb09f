namespace MmsPowerShell.Emulator
{
    /// <summary>A migration job and its run state. Guarded by JobStore's lock.</summary>
    public sealed class MigrationJob
    {
        public MigrationJob(long id, string name, DemoDataSource source, JobScope scope, JobRequest request, string createTime, long? timerId)
        {
            Id = id;
            Name = name;
            SourceId = source.Id;
            SourceName = source.Name;
            DbId = scope.Db.Id;
            SrcDbName = scope.Db.Name;
            SrcSchemaName = request.SrcSchemaName;
            RequestedDstDbName = string.IsNullOrEmpty(request.DstDbName) ? null : request.DstDbName;
            DstDbName = RequestedDstDbName ?? scope.SharedDestination;
            DstSchemaName = request.DstSchemaName ?? "default";
            Type = scope.Type;
            CreateTime = createTime;
            Eta = request.Eta;
            Config = request.ToConfig();
            Plan = TaskSteps.Plan(request);
            TimerId = timerId;
        }

        public long Id { get; }
        public string Name { get; }
        public long SourceId { get; }
        public string SourceName { get; }
        public long DbId { get; }
        public string SrcDbName { get; }
        public string? SrcSchemaName { get; }
        /// <summary>The dstDbName the job was created with; without one, the destination its tables share (empty when they differ).</summary>
        public string DstDbName { get; }

        /// <summary>The dstDbName the request named, or null: then each task goes to its table's own destination.</summary>
        public string? RequestedDstDbName { get; }
        public string? DstSchemaName { get; }
        public string Type { get; }
        public string CreateTime { get; }
        public string? Eta { get; }
        public JobConfig Config { get; }

        /// <summary>The statuses every task of this job goes through, from INIT to DONE.</summary>
        public IReadOnlyList<string> Plan { get; }
        public long? TimerId { get; }
        public List<MigrationTask> Tasks { get; } = new List<MigrationTask>();

        public bool Started { get; set; }
        public bool Stopped { get; set; }

        /// <summary>StopMmsJob was called on a running job: it stops at its next tick.</summary>
        public bool StopRequested { get; set; }

        /// <summary>When the job's tasks take their next step.</summary>
        public DateTime NextTickAt { get; set; }

        public bool IsRunning => Started && !Stopped && Tasks.Any(t => !t.IsFinished);

        /// <summary>INIT until started; DOING while any task is unfinished (also when stopped); then FAILED if any task failed, else DONE.</summary>
        public string Status =>
            !Started ? "INIT"
            : Tasks.Any(t => !t.IsFinished) ? "DOING"
            : Tasks.Any(t => t.IsFailed) ? "FAILED"
            : "DONE";

        public JobView ToView() => new JobView(
            Id, Name, SourceId, SourceName, DbId, SrcDbName, SrcSchemaName, DstDbName, DstSchemaName, Status, Type, Stopped,
            Tasks.Count, Tasks.Count(t => t.Status == TaskSteps.Done), CreateTime, Eta, Config);
    }
}
