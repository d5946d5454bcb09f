using System;
using System.Collections.Generic;
using System.Linq;

namespace MmsPowerShell.Emulator
{
    /// <summary>A migration job and its run state. Guarded by JobStore's lock.</summary>
    public sealed class MigrationJob
    {
        public MigrationJob(long id, string name, DemoDataSource source, DemoDatabase db, JobRequest request, string type, string createTime, long? timerId)
        {
            Id = id;
            Name = name;
            SourceId = source.Id;
            SourceName = source.Name;
            DbId = db.Id;
            SrcDbName = db.Name;
            SrcSchemaName = request.SrcSchemaName;
            DstDbName = string.IsNullOrEmpty(request.DstDbName) ? db.DstProjectName : request.DstDbName;
            DstSchemaName = request.DstSchemaName ?? "default";
            Type = type;
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
        public string DstDbName { get; }
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
