namespace MmsPowerShell.Emulator
{
    /// <summary>Work that runs for a while (EmulatorSettings.AsyncTask), then ends. Guarded by JobStore's lock.</summary>
    public sealed class AsyncTask
    {
        private readonly Func<AsyncOutcome> _complete;

        public AsyncTask(long id, long sourceId, string type, DateTime createdAt, DateTime dueAt, Func<AsyncOutcome> complete)
        {
            Id = id;
            SourceId = sourceId;
            Type = type;
            CreateTime = EmulatorTime.Local(createdAt);
            StartTime = CreateTime;
            DueAt = dueAt;
            _complete = complete;
        }

        public long Id { get; }
        public long SourceId { get; }
        public string Type { get; }
        public long ObjectId { get; private set; }
        public string Status { get; private set; } = "DOING";
        public bool Running { get; private set; } = true;
        public int Progress { get; private set; }
        public string? Result { get; private set; }
        public string? ErrorMsg { get; private set; }
        public string CreateTime { get; }
        public string StartTime { get; }
        public string? EndTime { get; private set; }

        public DateTime DueAt { get; }

        /// <summary>Runs the work once it is due; the outcome is decided then, on the state at that moment.</summary>
        public void Advance(DateTime now)
        {
            if (!Running || now < DueAt)
            {
                return;
            }
            AsyncOutcome outcome = _complete();
            ObjectId = outcome.ObjectId;
            Result = outcome.Result;
            ErrorMsg = outcome.ErrorMsg;
            Status = outcome.ErrorMsg == null ? "DONE" : "FAILED";
            Progress = 100;
            Running = false;
            EndTime = EmulatorTime.Local(DueAt);
        }

        public AsyncTaskView ToView() =>
            new AsyncTaskView(Id, SourceId, Type, ObjectId, Status, Running, Progress, Result, ErrorMsg, CreateTime, StartTime, EndTime);
    }
}
