namespace MmsPowerShell.Emulator
{
    /// <summary>A timer: a schedule and the job it creates when it runs. Guarded by TimerStore's lock.</summary>
    public sealed class MigrationTimer
    {
        public MigrationTimer(long id, string name, DemoDatabase db, TimerRequest request, string type, DateTime createdAt)
        {
            Id = id;
            Name = name;
            SourceId = db.SourceId;
            DbId = db.Id;
            SrcDbName = db.Name;
            Request = request;
            Type = type;
            CreatedAt = createdAt;
            UpdatedAt = createdAt;
            ScheduleType = request.ScheduleType!;
            Value = request.Value!;
        }

        public long Id { get; }
        public string Name { get; }
        public long SourceId { get; }
        public long DbId { get; }
        public string SrcDbName { get; }
        public TimerRequest Request { get; }

        /// <summary>TABLES, PARTITIONS or DATABASE: what each run migrates.</summary>
        public string Type { get; }
        public DateTime CreatedAt { get; }
        public DateTime UpdatedAt { get; set; }
        public string ScheduleType { get; set; }
        public string Value { get; set; }
        public bool Stopped { get; set; }

        /// <summary>How many times it ran; names its jobs {name}_run{n}.</summary>
        public int Runs { get; set; }
        public List<TimerLogEntry> Logs { get; } = new List<TimerLogEntry>();

        public TimerView ToView() => new TimerView(
            Id, SourceId, DbId, Name, SrcDbName, ScheduleType, Type, Value, Stopped, EmulatorTime.EpochMs(CreatedAt), EmulatorTime.Iso(UpdatedAt), Request.ToConfig());

        public TimerListItem ToListItem() =>
            new TimerListItem(Id, Name, SourceId, DbId, SrcDbName, ScheduleType, Value, Type, Stopped, EmulatorTime.Local(CreatedAt));

        public bool Migrates(string table) => Request.Tables?.Contains(table) == true;
    }
}
