namespace MmsPowerShell.Emulator
{
    /// <summary>The migration of one table within a job. Guarded by JobStore's lock.</summary>
    public sealed class MigrationTask
    {
        public MigrationTask(long id, MigrationJob job, DemoTable table, string createTime)
        {
            Id = id;
            Job = job;
            TableId = table.Id;
            DbId = table.DbId;
            SrcTableName = table.Name;
            DstDbName = job.RequestedDstDbName ?? table.DstProjectName;
            DstTableName = job.Config.TableMapping != null && job.Config.TableMapping.TryGetValue(table.Name, out string? mapped) ? mapped : table.DstName;
            CreateTime = createTime;
        }

        public long Id { get; }
        public MigrationJob Job { get; }
        public long TableId { get; }
        public long DbId { get; }
        public string SrcTableName { get; }

        /// <summary>The job's dstDbName when it was created with one; otherwise the table's destination as it was then.</summary>
        public string DstDbName { get; }
        public string DstTableName { get; }
        public string CreateTime { get; }
        public string Status { get; private set; } = TaskSteps.Init;
        public int RetriedTimes { get; private set; }
        public string? StartTime { get; private set; }
        public string? EndTime { get; private set; }
        public List<TaskLogEntry> Logs { get; } = new List<TaskLogEntry>();

        public bool IsFailed => Status.EndsWith("_FAILED", StringComparison.Ordinal);
        public bool IsFinished => Status == TaskSteps.Done || IsFailed;

        /// <summary>Moves to a status and logs why.</summary>
        public void Enter(string status, DateTime at, long logId, string action, string msg)
        {
            Status = status;
            StartTime ??= EmulatorTime.Local(at);
            EndTime = Status == TaskSteps.Done || IsFailed ? EmulatorTime.Local(at) : null;
            Logs.Add(new TaskLogEntry(logId, Id, Job.SourceId, status, action, msg, EmulatorTime.Local(at)));
        }

        /// <summary>Back to INIT for another attempt.</summary>
        public void Reset(DateTime at, long logId)
        {
            RetriedTimes++;
            Status = TaskSteps.Init;
            EndTime = null;
            Logs.Add(new TaskLogEntry(logId, Id, Job.SourceId, Status, "retry", "retry " + RetriedTimes + " requested", EmulatorTime.Local(at)));
        }

        public void Log(DateTime at, long logId, string action, string msg) =>
            Logs.Add(new TaskLogEntry(logId, Id, Job.SourceId, Status, action, msg, EmulatorTime.Local(at)));

        /// <summary>GetMmsTask's data.</summary>
        public TaskView ToView() => new TaskView(
            Id, Job.Id, Job.Name, Job.SourceId, Job.SourceName, DbId, TableId, Job.SrcDbName, Job.SrcSchemaName, SrcTableName,
            DstDbName, Job.DstSchemaName, DstTableName, Job.Config.TaskType ?? "HIVE", Status,
            Running: Job.IsRunning && !IsFinished, Stopped: Job.Stopped, RetriedTimes, CreateTime, StartTime, EndTime);

        public IReadOnlyList<TaskLogEntry> LogsView() => Logs.ToList();
    }
}
