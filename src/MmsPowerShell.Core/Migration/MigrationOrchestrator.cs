using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Jobs;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// Drives a run round by round: reads the run's jobs from the service (the truth), then starts, retries and creates
    /// while fewer than MaxRunningJobs are running. Jobs are created when a slot opens, not all up front: a create
    /// costs a request and an asynchronous task, so a thousand up front is a burst that gets throttled, and it leaves
    /// hundreds of INIT jobs in the service that a stopped run would strand; created one slot at a time, the service
    /// only holds jobs that run or ran. A change whose answer is lost is never sent again blindly: the next read
    /// decides (a create is looked up by name until it appears). The ledger is written after every change, and before
    /// a create is sent, so a killed process leaves a ledger that knows what may exist.
    /// </summary>
    public sealed class MigrationOrchestrator
    {
        private readonly MmsApiClient _client;
        private readonly MmsMigrationLedger _ledger;
        private readonly string? _statePath;
        private readonly MigrationRunOptions _options;
        private readonly Func<DateTimeOffset> _now;
        private readonly RetrySchedule _retries;
        private readonly List<TrackedJob> _jobs = new List<TrackedJob>();
        private readonly List<MigrationNotice> _notices = new List<MigrationNotice>();
        private readonly Dictionary<(string Db, string Table), long> _sizes = new Dictionary<(string, string), long>();
        private DateTimeOffset? _progressStart;
        private long _progressBaseline;

        /// <param name="statePath">Where the ledger is written; null writes nothing (-WhatIf).</param>
        public MigrationOrchestrator(MmsApiClient client, MmsMigrationLedger ledger, string? statePath, MigrationRunOptions options,
            Func<DateTimeOffset>? now = null, Random? random = null)
        {
            _client = client;
            _ledger = ledger;
            _statePath = statePath;
            _options = options;
            _now = now ?? (() => DateTimeOffset.Now);
            _retries = new RetrySchedule(options.RetryDelay, random ?? new Random());
        }

        public MmsMigrationRun Run => _ledger.Run;

        /// <summary>
        /// Merges the run's jobs in the service into the ledger's at the start of a process. Jobs planned but never sent
        /// are dropped (the plan is made again from the service's truth). A run that ended, or has no ledger, gives every
        /// job a fresh round of MaxAttempts; a run that was killed goes on with the round it had.
        /// </summary>
        public async Task OpenAsync(CancellationToken token)
        {
            bool freshRound = !MigrationJobStatus.Is(_ledger.Run.State, MmsMigrationRunState.Running) || _ledger.Run.Jobs.Count == 0;
            List<MmsJob> inService = await MmsMigrationRunReader.ReadJobsAsync(_client, _options.SourceId, _options.Name, token).ConfigureAwait(false);
            DateTimeOffset now = _now();
            foreach (MmsMigrationRunJob job in _ledger.Run.Jobs)
            {
                if (MigrationJobStatus.Is(job.Status, MigrationJobStatus.Planned) || MigrationJobStatus.Is(job.Status, MigrationJobStatus.NotCreated))
                {
                    continue;
                }
                _jobs.Add(new TrackedJob(job, _ledger.NoteFor(job.Name)));
            }
            var claimed = new HashSet<long>();
            foreach (TrackedJob tracked in _jobs)
            {
                MmsJob? match = Match(tracked, inService, claimed);
                if (match != null)
                {
                    Apply(tracked, match, now);
                }
                else if (tracked.Job.JobId != 0)
                {
                    // The ledger is a cache: a job it names that the service does not have (deleted, or a ledger kept from
                    // another service, such as an earlier emulator) did not move these tables here.
                    PlanAgain(tracked, "Job '" + tracked.Job.Name + "' (" + tracked.Job.JobId + ") of the ledger is not in the service (deleted?); its tables are planned again.");
                }
            }
            // Jobs the ledger does not know (it was deleted, or another machine ran the run): the service says they are ours.
            var adopted = new List<TrackedJob>();
            foreach (MmsJob job in inService.Where(j => !claimed.Contains(j.JobId)).OrderBy(j => j.JobId))
            {
                if (_jobs.Any(t => t.Job.Name == job.Name))
                {
                    Notice(MigrationNoticeKind.Warning, "The service has a second job named '" + job.Name + "' (" + job.JobId + "); the run follows the one whose tables are its chunk and leaves this one alone.");
                    continue;
                }
                var tracked = new TrackedJob(MmsMigrationRunReader.ToRunJob(job), _ledger.NoteFor(job.Name ?? string.Empty));
                claimed.Add(job.JobId);
                Apply(tracked, job, now);
                _jobs.Add(tracked);
                adopted.Add(tracked);
            }
            // Attempts of adopted jobs: 1 + the most retries of one of their tasks, as the service counts them.
            foreach (TrackedJob tracked in adopted.Where(t => !t.Is(MmsJobStatus.Init)))
            {
                List<MmsTask> tasks = await MmsMigrationRunReader.ReadTasksAsync(_client, _options.SourceId, tracked.Job.JobId, token).ConfigureAwait(false);
                tracked.Job.Attempts = 1 + (tasks.Count == 0 ? 0 : tasks.Max(t => t.RetriedTimes));
            }
            foreach (TrackedJob tracked in _jobs)
            {
                if (freshRound || adopted.Contains(tracked))
                {
                    tracked.Note.AttemptsBefore = tracked.Job.Attempts;
                }
                if (CreateNeverArrived(tracked, now))
                {
                    // Sent by a process that is gone, longer ago than any creation takes, and still not in the service: it never arrived.
                    Notice(MigrationNoticeKind.Warning, "Job '" + tracked.Job.Name + "' was being created by an earlier run at " + tracked.Note.CreateSentAt!.Value +
                                                        " and never appeared in the service; its tables are planned again.");
                }
            }
            _jobs.RemoveAll(t => CreateNeverArrived(t, now));
            PublishJobs();
        }

        /// <summary>A job the service does not have: its tables go back to PLANNED, to be created again under the same name.</summary>
        private void PlanAgain(TrackedJob tracked, string warning)
        {
            Notice(MigrationNoticeKind.Warning, warning);
            tracked.Job.JobId = 0;
            tracked.Job.Status = MigrationJobStatus.Planned;
            tracked.Latest = null;
            tracked.Unknown = UnknownOutcome.None;
        }

        private bool CreateNeverArrived(TrackedJob tracked, DateTimeOffset now) =>
            tracked.Is(MigrationJobStatus.Creating) && tracked.Note.AsyncTaskId == 0 && tracked.Note.CreateSentAt.HasValue &&
            now - tracked.Note.CreateSentAt.Value > _options.CreationWindow;

        /// <summary>Plans the tables in scope around the run's jobs and adds the new jobs (PLANNED).</summary>
        public MigrationPlan Plan(IEnumerable<MmsTable> tables, int tablesPerJob, MigrationDestinations destinations)
        {
            var scope = tables as IReadOnlyCollection<MmsTable> ?? tables.ToList();
            foreach (MmsTable table in scope)
            {
                _sizes[(table.DbName ?? string.Empty, table.Name ?? string.Empty)] = Math.Max(0, table.Size ?? 0);
            }
            MigrationPlan plan = MigrationPlanner.Plan(_options.Name, tablesPerJob, destinations, scope, _jobs.Select(t => t.Job));
            foreach (MmsMigrationRunJob job in plan.NewJobs)
            {
                _jobs.Add(new TrackedJob(job, _ledger.NoteFor(job.Name)));
            }
            PublishJobs();
            return plan;
        }

        /// <summary>What the next rounds would send, for -WhatIf: every create, and the starts and retries due now.</summary>
        public IReadOnlyList<(string Action, MmsMigrationRunJob Job)> PendingChanges()
        {
            var changes = new List<(string, MmsMigrationRunJob)>();
            foreach (TrackedJob tracked in _jobs)
            {
                if (tracked.Is(MigrationJobStatus.Planned))
                {
                    changes.Add(("Create", tracked.Job));
                }
                else if (tracked.Is(MmsJobStatus.Init) && !tracked.Stopped)
                {
                    changes.Add(("Start", tracked.Job));
                }
                else if (tracked.Is(MmsJobStatus.Failed) && tracked.AttemptsUsed < _options.MaxAttempts)
                {
                    changes.Add(("Retry", tracked.Job));
                }
            }
            return changes;
        }

        /// <summary>
        /// One round: read, then act. Answers true when the run has ended (nothing runs, waits or may be retried).
        /// A throttled or passing failure of the read skips the round's changes and sets <see cref="BackOff"/>.
        /// </summary>
        public async Task<bool> StepAsync(CancellationToken token)
        {
            BackOff = false;
            // Only what can change is read: running jobs, and jobs whose start or retry answer was lost. INIT jobs wait
            // for this run to start them, FAILED ones for their retry, DONE ones are done.
            var watched = _jobs.Where(t => t.Job.JobId != 0 && !t.GivenUp && ((t.Is(MmsJobStatus.Doing) && !t.Stopped) || t.Unknown != UnknownOutcome.None))
                .ToDictionary(t => t.Job.JobId);
            IReadOnlyList<MmsJobRead> reads = new MmsJobRead[0];
            if (watched.Count > 0)
            {
                try
                {
                    reads = await new MmsJobStateReader(_client, _options.SourceId, watched.Keys, MigrationJobNames.Prefix(_options.Name))
                        .ReadAllAsync(token).ConfigureAwait(false);
                }
                catch (MmsApiException e) when (e.MayPass)
                {
                    BackOff = true;
                    Notice(MigrationNoticeKind.Verbose, "Could not read the run's jobs (" + e.Message + "); backing the whole poll off.");
                    return false;
                }
            }
            DateTimeOffset now = _now();
            foreach (MmsJobRead read in reads)
            {
                TrackedJob tracked = watched[read.JobId];
                if (read.Job != null)
                {
                    Apply(tracked, read.Job, now);
                }
                else if (read.Error != null && read.Error.Kind == MmsErrorKind.NotFound)
                {
                    PlanAgain(tracked, "Job '" + tracked.Job.Name + "' (" + tracked.Job.JobId + ") is no longer in the service (deleted?); its tables are planned again.");
                }
                else if (read.Error != null)
                {
                    Notice(MigrationNoticeKind.Verbose, "Could not read job " + read.JobId + " (" + read.Error.Message + "); reading it again next round.");
                }
            }
            await LookForCreatedAsync(now, token).ConfigureAwait(false);
            await ResolveLostRetriesAsync(now, token).ConfigureAwait(false);
            await ActAsync(now, token).ConfigureAwait(false);
            PublishJobs();
            Save();
            return IsOver();
        }

        /// <summary>True when the last round could not read the service for a passing reason (throttling, 5xx, no answer).</summary>
        public bool BackOff { get; private set; }

        /// <summary>Completes the run from the service (tasks, failed tables, counters), stamps its end and writes the ledger.</summary>
        public async Task<MmsMigrationRun> FinishAsync(CancellationToken token)
        {
            MmsMigrationRun run = _ledger.Run;
            PublishJobs();
            var sizeByTable = new Dictionary<(string, string), long>(_sizes);
            foreach (MmsMigrationRunJob job in run.Jobs)
            {
                foreach (string table in job.Tables)
                {
                    if (!sizeByTable.ContainsKey((job.DbName, table)))
                    {
                        sizeByTable[(job.DbName, table)] = job.Tables.Count == 0 ? 0 : job.Bytes / job.Tables.Count;
                    }
                }
            }
            await MmsMigrationRunReader.CompleteAsync(_client, run, (db, table) => sizeByTable.TryGetValue((db, table), out long size) ? size : 0, token)
                .ConfigureAwait(false);
            if (_jobs.Any(t => t.GivenUp || t.Stopped))
            {
                run.State = MmsMigrationRunState.Failed;
            }
            run.EndTime = run.State == MmsMigrationRunState.Running ? (DateTimeOffset?)null : _now();
            Save();
            return run;
        }

        /// <summary>Jobs still FAILED after their last attempt, with the job as the service last showed it.</summary>
        public IReadOnlyList<(MmsMigrationRunJob Job, MmsJob? Latest)> FinallyFailed() =>
            _jobs.Where(t => t.Is(MmsJobStatus.Failed) && t.AttemptsUsed >= _options.MaxAttempts).Select(t => (t.Job, t.Latest)).ToList();

        /// <summary>Jobs the service refused to create, or whose create never showed a job here, and why.</summary>
        public IReadOnlyList<(MmsMigrationRunJob Job, string Why)> NotCreated() =>
            _jobs.Where(t => t.Is(MigrationJobStatus.NotCreated) || t.GivenUp)
                .Select(t => (t.Job, t.RefusedBecause ?? "the create was sent but its job never appeared within " + _options.CreationWindow.TotalMinutes + " minutes"))
                .ToList();

        /// <summary>Warnings and verbose lines since the last call, for the pipeline thread to write.</summary>
        public IReadOnlyList<MigrationNotice> TakeNotices()
        {
            var taken = _notices.ToList();
            _notices.Clear();
            return taken;
        }

        public MigrationProgress Progress()
        {
            int tablesPlanned = 0, tablesDone = 0;
            long bytesPlanned = 0, bytesDone = 0;
            var running = new List<MmsMigrationRunJob>();
            foreach (TrackedJob tracked in _jobs)
            {
                MmsMigrationRunJob job = tracked.Job;
                tablesPlanned += job.Tables.Count;
                bytesPlanned += job.Bytes;
                if (tracked.Is(MmsJobStatus.Done))
                {
                    tablesDone += job.Tables.Count;
                    bytesDone += job.Bytes;
                }
                else if (job.TaskNum > 0)
                {
                    tablesDone += Math.Min(job.TaskDone, job.Tables.Count);
                    bytesDone += job.Bytes * Math.Min(job.TaskDone, job.TaskNum) / job.TaskNum;
                }
                if (tracked.Is(MmsJobStatus.Doing) && !tracked.Stopped)
                {
                    running.Add(job);
                }
            }
            DateTimeOffset now = _now();
            bool byBytes = bytesPlanned > 0;
            long done = byBytes ? bytesDone : tablesDone;
            long planned = byBytes ? bytesPlanned : tablesPlanned;
            if (!_progressStart.HasValue)
            {
                _progressStart = now;
                _progressBaseline = done;
            }
            TimeSpan elapsed = now - _progressStart.Value;
            long moved = done - _progressBaseline;
            TimeSpan? left = null;
            if (moved > 0 && elapsed > TimeSpan.Zero)
            {
                left = TimeSpan.FromTicks((long)Math.Min(TimeSpan.MaxValue.Ticks / 2.0, elapsed.Ticks * (double)(planned - done) / moved));
            }
            return new MigrationProgress(tablesPlanned, tablesDone, bytesPlanned, bytesDone, running, left);
        }

        /// <summary>Writes the ledger (atomically) when the run has one.</summary>
        public void Save()
        {
            if (_statePath != null)
            {
                _ledger.Save(_statePath);
            }
        }

        private bool IsOver() => _jobs.All(t =>
            t.Unknown == UnknownOutcome.None &&
            (t.Is(MmsJobStatus.Done) || t.Is(MigrationJobStatus.NotCreated) || t.GivenUp || t.Stopped ||
             (t.Is(MmsJobStatus.Failed) && t.AttemptsUsed >= _options.MaxAttempts)));

        /// <summary>The service's job for a tracked one: by id once known, else by name (a duplicate name: the one whose tables are the chunk's).</summary>
        private static MmsJob? Match(TrackedJob tracked, List<MmsJob> inService, HashSet<long> claimed)
        {
            MmsJob? match;
            if (tracked.Job.JobId != 0)
            {
                match = inService.FirstOrDefault(j => j.JobId == tracked.Job.JobId);
            }
            else
            {
                var named = inService.Where(j => j.Name == tracked.Job.Name && !claimed.Contains(j.JobId)).OrderBy(j => j.JobId).ToList();
                match = named.FirstOrDefault(j => j.Config.Tables.OrderBy(t => t, StringComparer.Ordinal)
                            .SequenceEqual(tracked.Job.Tables.OrderBy(t => t, StringComparer.Ordinal), StringComparer.Ordinal))
                        ?? (tracked.Job.Tables.Count == 0 ? named.FirstOrDefault() : null);
            }
            if (match != null)
            {
                claimed.Add(match.JobId);
            }
            return match;
        }

        private void Apply(TrackedJob tracked, MmsJob job, DateTimeOffset now)
        {
            MmsMigrationRunJob run = tracked.Job;
            bool wasUnfinished = !MmsJobStatus.IsFinished(run.Status);
            tracked.Latest = job;
            run.JobId = job.JobId;
            if (string.IsNullOrEmpty(run.DestinationProject))
            {
                run.DestinationProject = job.DstDbName ?? string.Empty;
            }
            run.Status = job.Status ?? string.Empty;
            run.TaskNum = job.TaskNum;
            run.TaskDone = job.TaskDone;
            tracked.Note.CreateSentAt = null;
            tracked.Note.AsyncTaskId = 0;
            if (tracked.Unknown == UnknownOutcome.Start)
            {
                // Still INIT: the start never arrived, and it is sent again below. Anything else: it did.
                tracked.Unknown = UnknownOutcome.None;
                if (!tracked.Is(MmsJobStatus.Init))
                {
                    run.Attempts = Math.Max(run.Attempts, 1);
                    run.StartTime = run.StartTime ?? now;
                }
            }
            else if (tracked.Unknown == UnknownOutcome.Retry && !tracked.Is(MmsJobStatus.Failed))
            {
                tracked.Unknown = UnknownOutcome.None;
                run.Attempts++;
            }
            if (wasUnfinished && MmsJobStatus.IsFinished(run.Status))
            {
                run.EndTime = now;
            }
            if (tracked.Is(MmsJobStatus.Failed))
            {
                tracked.FailedSeenAt = tracked.FailedSeenAt ?? now;
            }
            else
            {
                tracked.FailedSeenAt = null;
                tracked.RetryDueAt = null;
            }
            if (tracked.Stopped && !tracked.ToldStopped)
            {
                tracked.ToldStopped = true;
                Notice(MigrationNoticeKind.Warning, "Job '" + run.Name + "' (" + run.JobId + ") was stopped outside the run; the run leaves it alone. " +
                                                    "Start-MmsJob -SourceId " + _options.SourceId + " -JobId " + run.JobId + " resumes it.");
            }
        }

        /// <summary>Creates not seen in the listing yet: their asynchronous task when its id is known, else the name again next round.</summary>
        private async Task LookForCreatedAsync(DateTimeOffset now, CancellationToken token)
        {
            foreach (TrackedJob tracked in _jobs.Where(t => t.Is(MigrationJobStatus.Creating) && !t.GivenUp).ToList())
            {
                if (tracked.Note.AsyncTaskId != 0)
                {
                    try
                    {
                        MmsAsyncTask task = await _client.GetAsyncTaskAsync(_options.SourceId, tracked.Note.AsyncTaskId, token).ConfigureAwait(false);
                        if (task.Failed)
                        {
                            tracked.Job.Status = MigrationJobStatus.NotCreated;
                            tracked.RefusedBecause = "the service refused to create it: " + (task.ErrorMessage ?? task.Status);
                            tracked.Note.CreateSentAt = null;
                            Notice(MigrationNoticeKind.Warning, "Job '" + tracked.Job.Name + "' was not created: " + (task.ErrorMessage ?? task.Status));
                            continue;
                        }
                        if (task.Running)
                        {
                            continue;
                        }
                        if (task.ObjectId != 0)
                        {
                            Apply(tracked, await _client.GetJobAsync(_options.SourceId, task.ObjectId, token).ConfigureAwait(false), now);
                            continue;
                        }
                    }
                    catch (MmsApiException e) when (e.MayPass || e.Kind == MmsErrorKind.NotFound)
                    {
                        Notice(MigrationNoticeKind.Verbose, "Could not read the creation of '" + tracked.Job.Name + "' (" + e.Message + "); looking it up by name next round.");
                    }
                }
                if (await FindByNameAsync(tracked, now, token).ConfigureAwait(false))
                {
                    continue;
                }
                if (tracked.Note.CreateSentAt.HasValue && now - tracked.Note.CreateSentAt.Value > _options.CreationWindow)
                {
                    // Never sent twice by one process: a later run decides, after reading the service again.
                    tracked.GivenUp = true;
                    Notice(MigrationNoticeKind.Warning, "Job '" + tracked.Job.Name + "' has not appeared " + _options.CreationWindow.TotalMinutes +
                                                        " minutes after its create was sent; it is not sent again by this run. Check with Get-MmsJob -SourceId " +
                                                        _options.SourceId + " -Name '" + tracked.Job.Name + "'.");
                }
            }
        }

        /// <summary>Looks a job being created up by its name (ListMmsJobs); true when it is there now.</summary>
        private async Task<bool> FindByNameAsync(TrackedJob tracked, DateTimeOffset now, CancellationToken token)
        {
            MmsPage<MmsJob> page;
            try
            {
                page = await _client.ListJobsAsync(_options.SourceId, new MmsJobQuery { NamePrefix = tracked.Job.Name }, 1, MmsApiClient.PageSize, token)
                    .ConfigureAwait(false);
            }
            catch (MmsApiException e) when (e.MayPass)
            {
                Notice(MigrationNoticeKind.Verbose, "Could not look up job '" + tracked.Job.Name + "' (" + e.Message + "); looking again next round.");
                return false;
            }
            // Jobs the run already follows are not candidates: a duplicate name must not be taken twice.
            var taken = new HashSet<long>(_jobs.Where(t => t.Job.JobId != 0).Select(t => t.Job.JobId));
            MmsJob? match = Match(tracked, page.Items.ToList(), taken);
            if (match == null)
            {
                return false;
            }
            Apply(tracked, match, now);
            return true;
        }

        /// <summary>A retry whose answer was lost, and the job still reads FAILED: its tasks tell whether it ran again (retriedTimes went up).</summary>
        private async Task ResolveLostRetriesAsync(DateTimeOffset now, CancellationToken token)
        {
            foreach (TrackedJob tracked in _jobs.Where(t => t.Unknown == UnknownOutcome.Retry).ToList())
            {
                List<MmsTask> tasks = await MmsMigrationRunReader.ReadTasksAsync(_client, _options.SourceId, tracked.Job.JobId, token).ConfigureAwait(false);
                int attempts = 1 + (tasks.Count == 0 ? 0 : tasks.Max(t => t.RetriedTimes));
                tracked.Unknown = UnknownOutcome.None;
                if (attempts > tracked.Job.Attempts)
                {
                    // It ran again and failed again: that attempt counts, and its delay starts now.
                    tracked.Job.Attempts = attempts;
                    tracked.FailedSeenAt = now;
                    tracked.RetryDueAt = null;
                }
            }
        }

        /// <summary>Starts, retries, then creates, while slots are free (at most MaxRunningJobs jobs of the run running).</summary>
        private async Task ActAsync(DateTimeOffset now, CancellationToken token)
        {
            int holding = _jobs.Count(t => !t.GivenUp && (t.Is(MigrationJobStatus.Creating) || (t.Is(MmsJobStatus.Doing) && !t.Stopped) || t.Unknown != UnknownOutcome.None));
            int slots = _options.MaxRunningJobs - holding;
            var starts = new List<TrackedJob>();
            var retries = new List<TrackedJob>();
            var creates = new List<TrackedJob>();
            foreach (TrackedJob tracked in _jobs.Where(t => t.Is(MmsJobStatus.Init) && !t.Stopped && t.Unknown == UnknownOutcome.None))
            {
                if (slots-- <= 0) break;
                starts.Add(tracked);
            }
            foreach (TrackedJob tracked in _jobs.Where(t => t.Is(MmsJobStatus.Failed) && t.Unknown == UnknownOutcome.None && t.AttemptsUsed < _options.MaxAttempts))
            {
                if (!tracked.RetryDueAt.HasValue)
                {
                    // A job that failed in an earlier round of the run (a rerun after a fix) runs again at once.
                    tracked.RetryDueAt = tracked.AttemptsUsed == 0 ? now : (tracked.FailedSeenAt ?? now) + _retries.DelayAfter(tracked.AttemptsUsed);
                    Notice(MigrationNoticeKind.Verbose, "Job '" + tracked.Job.Name + "' failed (attempt " + tracked.AttemptsUsed + " of " + _options.MaxAttempts +
                                                        "); retrying at " + tracked.RetryDueAt.Value.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + ".");
                }
                if (tracked.RetryDueAt.Value <= now && slots > 0)
                {
                    slots--;
                    retries.Add(tracked);
                }
            }
            foreach (TrackedJob tracked in _jobs.Where(t => t.Is(MigrationJobStatus.Planned)))
            {
                if (slots-- <= 0) break;
                creates.Add(tracked);
            }
            if (creates.Count > 0)
            {
                foreach (TrackedJob tracked in creates)
                {
                    tracked.Job.Status = MigrationJobStatus.Creating;
                    tracked.Note.CreateSentAt = now;
                    tracked.CreateSentHere = true;
                }
                // Written before the creates go out: a process killed right after sending leaves a ledger that knows they may exist.
                PublishJobs();
                Save();
            }
            await Task.WhenAll(
                starts.Select(t => StartAsync(t, now, token))
                    .Concat(retries.Select(t => RetryAsync(t, now, token)))
                    .Concat(creates.Select(t => CreateAsync(t, token)))).ConfigureAwait(false);
        }

        private async Task StartAsync(TrackedJob tracked, DateTimeOffset now, CancellationToken token)
        {
            try
            {
                await _client.StartJobAsync(_options.SourceId, tracked.Job.JobId, token).ConfigureAwait(false);
                tracked.Job.Status = MmsJobStatus.Doing;
                tracked.Job.Attempts = Math.Max(tracked.Job.Attempts, 1);
                tracked.Job.StartTime = tracked.Job.StartTime ?? now;
            }
            catch (MmsApiException e) when (e.OutcomeUnknown)
            {
                tracked.Unknown = UnknownOutcome.Start;
                Notice(MigrationNoticeKind.Warning, "The answer to starting job '" + tracked.Job.Name + "' was lost; the next read tells whether it started.");
            }
            catch (MmsApiException e) when (e.Kind != MmsErrorKind.Authentication && e.Kind != MmsErrorKind.PermissionDenied)
            {
                Notice(MigrationNoticeKind.Warning, "Could not start job '" + tracked.Job.Name + "' (" + e.Message + "); the next round reads it and decides again.");
            }
        }

        private async Task RetryAsync(TrackedJob tracked, DateTimeOffset now, CancellationToken token)
        {
            try
            {
                await _client.RetryJobAsync(_options.SourceId, tracked.Job.JobId, token).ConfigureAwait(false);
                tracked.Job.Status = MmsJobStatus.Doing;
                tracked.Job.Attempts++;
                tracked.Job.EndTime = null;
                tracked.FailedSeenAt = null;
                tracked.RetryDueAt = null;
                Notice(MigrationNoticeKind.Verbose, "Retried job '" + tracked.Job.Name + "' (" + tracked.Job.JobId + "): attempt " + tracked.AttemptsUsed + " of " + _options.MaxAttempts + ".");
            }
            catch (MmsApiException e) when (e.OutcomeUnknown)
            {
                tracked.Unknown = UnknownOutcome.Retry;
                Notice(MigrationNoticeKind.Warning, "The answer to retrying job '" + tracked.Job.Name + "' was lost; the next read tells whether it ran again.");
            }
            catch (MmsApiException e) when (e.Kind != MmsErrorKind.Authentication && e.Kind != MmsErrorKind.PermissionDenied)
            {
                tracked.RetryDueAt = null;
                Notice(MigrationNoticeKind.Warning, "Could not retry job '" + tracked.Job.Name + "' (" + e.Message + "); the next round reads it and decides again.");
            }
        }

        private async Task CreateAsync(TrackedJob tracked, CancellationToken token)
        {
            try
            {
                tracked.Note.AsyncTaskId = await _client.CreateJobAsync(_options.SourceId, _options.Define(tracked.Job), token).ConfigureAwait(false);
            }
            catch (MmsApiException e) when (e.OutcomeUnknown)
            {
                // The job may exist: it is looked up by name from now on, never created again by this process.
                Notice(MigrationNoticeKind.Warning, "The answer to creating job '" + tracked.Job.Name + "' was lost; looking the job up by its name instead of sending the create again.");
            }
            catch (MmsApiException e) when (e.Kind == MmsErrorKind.Throttling)
            {
                // Throttled: refused, not done. Planned again for a later round.
                tracked.Job.Status = MigrationJobStatus.Planned;
                tracked.Note.CreateSentAt = null;
                tracked.CreateSentHere = false;
                Notice(MigrationNoticeKind.Verbose, "Creating job '" + tracked.Job.Name + "' was throttled; it is created in a later round.");
            }
            catch (MmsApiException e) when (e.Kind != MmsErrorKind.Authentication && e.Kind != MmsErrorKind.PermissionDenied)
            {
                tracked.Job.Status = MigrationJobStatus.NotCreated;
                tracked.Note.CreateSentAt = null;
                tracked.RefusedBecause = "CreateMmsJob was refused: " + e.Message;
                Notice(MigrationNoticeKind.Warning, "Job '" + tracked.Job.Name + "' was not created: " + e.Message);
            }
        }

        /// <summary>Puts the tracked jobs, in name order, on the run the ledger writes and the cmdlet shows.</summary>
        private void PublishJobs()
        {
            _ledger.Run.Jobs = new MmsList<MmsMigrationRunJob>(_jobs.Select(t => t.Job)
                .OrderBy(j => j.DbName, StringComparer.Ordinal).ThenBy(j => j.Name, StringComparer.Ordinal));
            _ledger.Run.TablesPlanned = _ledger.Run.Jobs.Sum(j => j.Tables.Count);
            _ledger.Run.BytesPlanned = _ledger.Run.Jobs.Sum(j => j.Bytes);
        }

        private void Notice(MigrationNoticeKind kind, string text) => _notices.Add(new MigrationNotice(kind, text));
    }
}
