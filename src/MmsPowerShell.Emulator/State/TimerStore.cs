namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// Timers and their logs. The emulator never fires a timer by the clock: TriggerMmsTimer is the only way it runs,
    /// creating a job (timerId set, named {timer}_run{n}) and starting it at once. CreateMmsTimer has no dstDbName, so
    /// the job has none either: each of its tables goes to its own destination (dstProjectName) as it is when the
    /// timer fires, the destination Get-MmsTable shows.
    /// </summary>
    public sealed class TimerStore
    {
        private readonly DemoCatalog _catalog;
        private readonly TableStore _tables;
        private readonly JobStore _jobs;
        private readonly object _lock = new object();
        private readonly SortedDictionary<long, MigrationTimer> _timers = new SortedDictionary<long, MigrationTimer>();
        private readonly IdSequence _ids = new IdSequence(7001);
        private readonly IdSequence _logIds = new IdSequence(70001);

        public TimerStore(DemoCatalog catalog, TableStore tables, JobStore jobs)
        {
            _catalog = catalog;
            _tables = tables;
            _jobs = jobs;
        }

        /// <summary>The new timer's id, or why the request is refused (a bad schedule, an unknown database or table).</summary>
        public Outcome Create(long sourceId, TimerRequest request)
        {
            string? problem = Schedule.Problem(request.ScheduleType, request.Value);
            if (problem != null)
            {
                return Outcome.Refused("InvalidParameter", problem);
            }
            lock (_lock)
            {
                JobScope? scope = JobScope.Resolve(_catalog, _tables, sourceId, request.ToJobRequest("timer"), out string? error);
                if (scope == null)
                {
                    return Outcome.Refused("InvalidParameter", error!);
                }
                long id = _ids.Next();
                DateTime now = DateTime.UtcNow;
                var timer = new MigrationTimer(id, string.IsNullOrEmpty(request.Name) ? "timer_" + id : request.Name, scope.Db, request, scope.Type.ToUpperInvariant(), now);
                Log(timer, now, "INIT", "create timer", "timer created: " + timer.ScheduleType + " " + timer.Value);
                _timers.Add(id, timer);
                return Outcome.Ok(id);
            }
        }

        public IReadOnlyList<TimerListItem> List(long sourceId, Func<IEnumerable<MigrationTimer>, IEnumerable<MigrationTimer>> query)
        {
            lock (_lock)
            {
                return query(_timers.Values.Where(t => t.SourceId == sourceId)).Select(t => t.ToListItem()).ToList();
            }
        }

        public TimerView? Get(long sourceId, long timerId)
        {
            lock (_lock)
            {
                return Find(sourceId, timerId)?.ToView();
            }
        }

        public IReadOnlyList<TimerLogEntry>? Logs(long sourceId, long timerId)
        {
            lock (_lock)
            {
                return Find(sourceId, timerId)?.Logs.ToList();
            }
        }

        /// <summary>Changes the schedule and/or pauses or resumes the timer; a value must fit the (new) schedule type. Data 0.</summary>
        public Outcome Update(long sourceId, long timerId, TimerUpdate update) => Change(sourceId, timerId, timer =>
        {
            string scheduleType = update.ScheduleType ?? timer.ScheduleType;
            string value = update.Value ?? timer.Value;
            string? problem = Schedule.Problem(scheduleType, value);
            if (problem != null)
            {
                return Outcome.Refused("InvalidParameter", problem);
            }
            DateTime now = DateTime.UtcNow;
            timer.ScheduleType = scheduleType;
            timer.Value = value;
            timer.Stopped = update.Stopped ?? timer.Stopped;
            timer.UpdatedAt = now;
            Log(timer, now, timer.Stopped ? "STOPPED" : "INIT", "update timer", "schedule " + scheduleType + " " + value + (timer.Stopped ? ", stopped" : ""));
            return Outcome.Ok(0);
        });

        /// <summary>Data 0, as the service's examples show.</summary>
        public Outcome Delete(long sourceId, long timerId) => Change(sourceId, timerId, timer =>
        {
            _timers.Remove(timer.Id);
            return Outcome.Ok(0);
        });

        /// <summary>Runs the timer now, stopped or not: a started job with its timerId. Data is the timer id.</summary>
        public Outcome Trigger(DemoDataSource source, long timerId) => Change(source.Id, timerId, timer =>
        {
            timer.Runs++;
            DateTime now = DateTime.UtcNow;
            Outcome job = _jobs.CreateAndStart(source, timer.Request.ToJobRequest(timer.Name + "_run" + timer.Runs), timer.Id);
            if (job.Code != null)
            {
                Log(timer, now, "FAILED", "start job", "start job failed: " + job.Message);
                return job;
            }
            Log(timer, now, "DOING", "start job", "start job success, job " + job.Value);
            return Outcome.Ok(timer.Id);
        });

        private void Log(MigrationTimer timer, DateTime at, string status, string action, string msg) =>
            timer.Logs.Add(new TimerLogEntry(_logIds.Next(), timer.SourceId, status, action, msg, EmulatorTime.Local(at)));

        private Outcome Change(long sourceId, long timerId, Func<MigrationTimer, Outcome> change)
        {
            lock (_lock)
            {
                MigrationTimer? timer = Find(sourceId, timerId);
                return timer == null ? Outcome.Missing(ObjectKind.Timer, sourceId, timerId) : change(timer);
            }
        }

        private MigrationTimer? Find(long sourceId, long timerId) =>
            _timers.TryGetValue(timerId, out MigrationTimer? timer) && timer.SourceId == sourceId ? timer : null;
    }
}
