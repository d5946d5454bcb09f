namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// Migration jobs, their tasks and logs, and asynchronous tasks, behind one lock. Time moves them on: every
    /// Advance runs the async tasks that are due and the job ticks that have passed, each at its own simulated time.
    /// </summary>
    public sealed class JobStore : ISimulated
    {
        private readonly EmulatorSettings _settings;
        private readonly TableStore _tables;
        private readonly DemoCatalog _catalog;
        private readonly FaultRegistry _faults;
        private readonly object _lock = new object();
        private readonly SortedDictionary<long, MigrationJob> _jobs = new SortedDictionary<long, MigrationJob>();
        private readonly Dictionary<long, MigrationTask> _tasks = new Dictionary<long, MigrationTask>();
        private readonly Dictionary<long, AsyncTask> _asyncTasks = new Dictionary<long, AsyncTask>();
        private readonly IdSequence _jobIds = new IdSequence(DemoJobs.FirstJobId);
        private readonly IdSequence _taskIds = new IdSequence(1001);
        private readonly IdSequence _logIds = new IdSequence(10001);
        private readonly IdSequence _asyncIds = new IdSequence(50001);

        public JobStore(EmulatorSettings settings, TableStore tables, DemoCatalog catalog, FaultRegistry faults)
        {
            _settings = settings;
            _tables = tables;
            _catalog = catalog;
            _faults = faults;
            foreach (MigrationJob job in DemoJobs.Build(catalog, tables, _jobIds, _taskIds, _logIds))
            {
                Add(job);
            }
        }

        public void Advance()
        {
            lock (_lock)
            {
                DateTime now = DateTime.UtcNow;
                foreach (AsyncTask task in _asyncTasks.Values.Where(t => t.Running).ToList())
                {
                    task.Advance(now);
                }
                foreach (MigrationJob job in _jobs.Values)
                {
                    while (job.IsRunning && job.NextTickAt <= now)
                    {
                        DateTime at = job.NextTickAt;
                        job.NextTickAt = at + _settings.JobStep;
                        Tick(job, at);
                    }
                }
            }
        }

        /// <summary>Starts the work as an asynchronous task; returns its id. The outcome is decided when it is due.</summary>
        public long StartAsyncTask(long sourceId, string type, Func<AsyncOutcome> complete)
        {
            lock (_lock)
            {
                DateTime now = DateTime.UtcNow;
                var task = new AsyncTask(_asyncIds.Next(), sourceId, type, now, now + _settings.AsyncTask, complete);
                _asyncTasks.Add(task.Id, task);
                return task.Id;
            }
        }

        /// <summary>CreateMmsJob: a TASK_CREATE async task that creates the job (status INIT) when it ends, or fails saying why.</summary>
        public long CreateJob(DemoDataSource source, JobRequest request) =>
            StartAsyncTask(source.Id, "TASK_CREATE", () =>
            {
                // Called from Advance, under the lock.
                MigrationJob? job = NewJob(source, request, null, out string? error);
                return job == null ? AsyncOutcome.Failed(error!) : new AsyncOutcome(job.Id, null, null);
            });

        /// <summary>Creates a job at once and starts it (a timer firing); the job id, or why not.</summary>
        public Outcome CreateAndStart(DemoDataSource source, JobRequest request, long timerId)
        {
            lock (_lock)
            {
                MigrationJob? job = NewJob(source, request, timerId, out string? error);
                if (job == null)
                {
                    return Outcome.Refused("InvalidParameter", error!);
                }
                Resume(job, DateTime.UtcNow);
                return Outcome.Ok(job.Id);
            }
        }

        public AsyncTaskView? GetAsyncTask(long sourceId, long id)
        {
            lock (_lock)
            {
                return _asyncTasks.TryGetValue(id, out AsyncTask? task) && task.SourceId == sourceId ? task.ToView() : null;
            }
        }

        /// <summary>The source's jobs (by id) after the query, as wire objects.</summary>
        public IReadOnlyList<JobView> ListJobs(long sourceId, Func<IEnumerable<MigrationJob>, IEnumerable<MigrationJob>> query)
        {
            lock (_lock)
            {
                return query(_jobs.Values.Where(j => j.SourceId == sourceId)).Select(j => j.ToView()).ToList();
            }
        }

        public JobView? GetJob(long sourceId, long jobId)
        {
            lock (_lock)
            {
                return Find(sourceId, jobId)?.ToView();
            }
        }

        /// <summary>Starts an INIT job, or resumes a stopped one. A finished job cannot be started again.</summary>
        public Outcome Start(long sourceId, long jobId) => Change(sourceId, jobId, job =>
        {
            string status = job.Status;
            if (status == "DONE" || status == "FAILED")
            {
                return Outcome.Refused("InvalidJobStatus", "Job " + job.Id + " is " + status + " and cannot be started again" +
                    (status == "FAILED" ? "; retry it with RetryMmsJob." : "."));
            }
            if (job.IsRunning)
            {
                job.StopRequested = false;
            }
            else
            {
                Resume(job, DateTime.UtcNow);
            }
            return Outcome.Ok(job.Id);
        });

        /// <summary>A running job stops at its next tick; any other job is marked stopped at once.</summary>
        public Outcome Stop(long sourceId, long jobId) => Change(sourceId, jobId, job =>
        {
            if (job.IsRunning)
            {
                job.StopRequested = true;
            }
            else
            {
                job.Stopped = true;
            }
            return Outcome.Ok(job.Id);
        });

        /// <summary>Runs the failed tasks of a job again.</summary>
        public Outcome Retry(long sourceId, long jobId) => Change(sourceId, jobId, job =>
        {
            var failed = job.Tasks.Where(t => t.IsFailed).ToList();
            if (failed.Count == 0)
            {
                return Outcome.Refused("InvalidJobStatus", "Job " + job.Id + " is " + job.Status + " and has no failed task to retry.");
            }
            DateTime now = DateTime.UtcNow;
            bool wasRunning = job.IsRunning;
            failed.ForEach(t => t.Reset(now, _logIds.Next()));
            if (!wasRunning)
            {
                Resume(job, now);
            }
            return Outcome.Ok(job.Id);
        });

        /// <summary>Removes a job and its tasks, in any state; tables it was migrating go back to INIT.</summary>
        public Outcome Delete(long sourceId, long jobId) => Change(sourceId, jobId, job =>
        {
            foreach (MigrationTask task in job.Tasks)
            {
                if (task.StartTime != null && !task.IsFinished)
                {
                    _tables.Update(job.SourceId, task.TableId, t => t with { Status = "INIT" });
                }
                _tasks.Remove(task.Id);
            }
            _jobs.Remove(job.Id);
            return Outcome.Ok(job.Id);
        });

        public IReadOnlyList<TaskView> ListTasks(long sourceId, Func<IEnumerable<MigrationTask>, IEnumerable<MigrationTask>> query)
        {
            lock (_lock)
            {
                return query(_tasks.Values.Where(t => t.Job.SourceId == sourceId).OrderBy(t => t.Id)).Select(t => t.ToView()).ToList();
            }
        }

        public TaskView? GetTask(long sourceId, long taskId)
        {
            lock (_lock)
            {
                return FindTask(sourceId, taskId)?.ToView();
            }
        }

        public IReadOnlyList<TaskLogEntry>? TaskLogs(long sourceId, long taskId)
        {
            lock (_lock)
            {
                return FindTask(sourceId, taskId)?.LogsView();
            }
        }

        /// <summary>Runs one failed task again (RetryMmsTask). Its data is 0, as the service's examples show.</summary>
        public Outcome RetryTask(long sourceId, long taskId)
        {
            lock (_lock)
            {
                MigrationTask? task = FindTask(sourceId, taskId);
                if (task == null)
                {
                    return Outcome.Missing(ObjectKind.Task, sourceId, taskId);
                }
                if (!task.IsFailed)
                {
                    return Outcome.Refused("InvalidTaskStatus", "Task " + task.Id + " is " + task.Status + "; only a failed task can be retried.");
                }
                DateTime now = DateTime.UtcNow;
                bool wasRunning = task.Job.IsRunning;
                task.Reset(now, _logIds.Next());
                if (!wasRunning)
                {
                    Resume(task.Job, now);
                }
                return Outcome.Ok(0);
            }
        }

        private void Add(MigrationJob job)
        {
            _jobs.Add(job.Id, job);
            job.Tasks.ForEach(t => _tasks.Add(t.Id, t));
        }

        private MigrationJob? NewJob(DemoDataSource source, JobRequest request, long? timerId, out string? error)
        {
            JobScope? scope = JobScope.Resolve(_catalog, _tables, source.Id, request, out error);
            if (scope == null)
            {
                return null;
            }
            long id = _jobIds.Next();
            string now = EmulatorTime.Local(DateTime.UtcNow);
            var job = new MigrationJob(id, string.IsNullOrEmpty(request.Name) ? "job_" + id : request.Name, source, scope, request, now, timerId);
            job.Tasks.AddRange(scope.Tables.Select(t => new MigrationTask(_taskIds.Next(), job, t, now)));
            Add(job);
            return job;
        }

        /// <summary>Sets a job running; its first step is one tick from now.</summary>
        private void Resume(MigrationJob job, DateTime now)
        {
            job.Started = true;
            job.Stopped = false;
            job.StopRequested = false;
            job.NextTickAt = now + _settings.JobStep;
        }

        private Outcome Change(long sourceId, long jobId, Func<MigrationJob, Outcome> change)
        {
            lock (_lock)
            {
                MigrationJob? job = Find(sourceId, jobId);
                return job == null ? Outcome.Missing(ObjectKind.Job, sourceId, jobId) : change(job);
            }
        }

        private MigrationJob? Find(long sourceId, long jobId) =>
            _jobs.TryGetValue(jobId, out MigrationJob? job) && job.SourceId == sourceId ? job : null;

        private MigrationTask? FindTask(long sourceId, long taskId) =>
            _tasks.TryGetValue(taskId, out MigrationTask? task) && task.Job.SourceId == sourceId ? task : null;

        /// <summary>One tick of a running job: a requested stop takes effect, or every unfinished task takes one step.</summary>
        private void Tick(MigrationJob job, DateTime at)
        {
            if (job.StopRequested)
            {
                job.StopRequested = false;
                job.Stopped = true;
                foreach (MigrationTask task in job.Tasks.Where(t => !t.IsFinished))
                {
                    task.Log(at, _logIds.Next(), "stop", "stopped by StopMmsJob; StartMmsJob resumes it");
                }
                return;
            }
            foreach (MigrationTask task in job.Tasks.Where(t => !t.IsFinished))
            {
                Step(job, task, at);
            }
        }

        private void Step(MigrationJob job, MigrationTask task, DateTime at)
        {
            DemoTable? table = _tables.Find(job.SourceId, task.TableId);
            if (table == null)
            {
                task.Enter("SCHEMA_FAILED", at, _logIds.Next(), "create schema", "source table " + task.SrcTableName + " no longer exists");
                return;
            }
            string next = TaskSteps.Next(job.Plan, task.Status);
            if (Failure(job, task, table, next) is (string failed, string failedAction, string why))
            {
                task.Enter(failed, at, _logIds.Next(), failedAction, why);
                _tables.Update(job.SourceId, task.TableId, t => t with { Status = "FAILED" });
                return;
            }
            var (action, msg) = TaskSteps.Describe(next, task, table);
            task.Enter(next, at, _logIds.Next(), action, msg);
            _tables.Update(job.SourceId, task.TableId, t => next == TaskSteps.Done
                ? t with { Status = "DONE", PartitionsDoing = 0, PartitionsDone = t.Partitions, PartitionsFailed = 0 }
                : t with { Status = "DOING" });
        }

        /// <summary>
        /// The failure rules, as the step that would end a phase fails instead: a column type MaxCompute cannot create fails
        /// the first step on the target, every attempt; a table named with "fail" fails its first attempt at the data step;
        /// a jobfail fault fails the data step of what it matches. Null when the step succeeds.
        /// </summary>
        private (string Status, string Action, string Msg)? Failure(MigrationJob job, MigrationTask task, DemoTable table, string next)
        {
            if (TaskSteps.UnsupportedColumn(table) is DemoColumn column && next == TaskSteps.FirstTargetStep(job.Plan))
            {
                return next == TaskSteps.DataDone
                    ? (TaskSteps.DataFailed, "copy data", TaskSteps.UnsupportedTypeFailure(task, column))
                    : ("SCHEMA_FAILED", "create schema", TaskSteps.UnsupportedTypeFailure(task, column));
            }
            if (next != TaskSteps.DataDone)
            {
                return null;
            }
            if (task.RetriedTimes == 0 && table.Name.Contains("fail", StringComparison.OrdinalIgnoreCase))
            {
                return (TaskSteps.DataFailed, "copy data", TaskSteps.HiveFailure(table));
            }
            return _faults.TakeTaskFailure(job.SourceId, job.Id, task.TableId) ? (TaskSteps.DataFailed, "copy data", TaskSteps.TargetFailure(task)) : null;
        }
    }
}
