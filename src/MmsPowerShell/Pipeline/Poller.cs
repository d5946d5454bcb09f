using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>What a wait is about: how to read one object, when it has ended, and what to say about it.</summary>
    /// <typeparam name="TTarget">What names an object waited for (e.g. MmsJobReference): it is also the error target.</typeparam>
    /// <typeparam name="TState">What a read answers (e.g. MmsJob).</typeparam>
    internal sealed class WaitPlan<TTarget, TState>
        where TTarget : MmsReference
        where TState : class
    {
        /// <summary>Reads one object's state.</summary>
        public Func<TTarget, CancellationToken, Task<TState>> Read { get; set; } = null!;

        public Func<TState, bool> HasEnded { get; set; } = null!;

        /// <summary>The progress bar of an object as last read.</summary>
        public Func<TTarget, TState, WaitProgress> Progress { get; set; } = null!;

        /// <summary>Writes an object that ended (on the pipeline thread, as soon as it ends).</summary>
        public Action<TTarget, TState> Ended { get; set; } = null!;

        /// <summary>Its state in "… is still {state} after 30 s", e.g. "DOING: 1/3 tasks done".</summary>
        public Func<TState, string> StillIn { get; set; } = null!;

        /// <summary>What to do about an object still running at the timeout (the error's recommended action).</summary>
        public Func<TTarget, TState?, string> TimeoutAction { get; set; } = null!;

        /// <summary>How the timeout error names the object; by default its last state, else its target.</summary>
        public Func<TTarget, TState?, string>? Name { get; set; }

        /// <summary>
        /// The error for an object that cannot be read (after a passing fault: that many times in a row) or is still
        /// running at the timeout; by default an error about its target, resp. MmsWaitTimeout. A wait that follows an
        /// accepted create sets it, so the error says the object was made (see <see cref="AcceptedChange"/>).
        /// </summary>
        public Func<TTarget, MmsApiException, ErrorRecord>? ReadFailed { get; set; }
    }

    /// <summary>One object's progress bar: activity, status line, percentage (-1 when unknown).</summary>
    internal struct WaitProgress
    {
        public WaitProgress(string activity, string status, int percent)
        {
            Activity = activity;
            Status = status;
            Percent = percent;
        }

        public string Activity { get; }

        public string Status { get; }

        public int Percent { get; }
    }

    /// <summary>
    /// How long one wait may take in all, reads included: a read still in flight when it runs out is cancelled, so a
    /// service that stops answering cannot stretch a 3 s wait to the transport's retries × per-attempt timeout.
    /// </summary>
    internal sealed class WaitBudget : IDisposable
    {
        private readonly CancellationTokenSource _spent = new CancellationTokenSource();

        /// <param name="limit">The whole wait; null waits until everything ends or Ctrl+C.</param>
        public WaitBudget(TimeSpan? limit)
        {
            Limit = limit;
            if (limit.HasValue)
            {
                _spent.CancelAfter(limit.Value);
            }
        }

        public TimeSpan? Limit { get; }

        /// <summary>Trips when the time is up.</summary>
        public CancellationToken Token => _spent.Token;

        public bool IsSpent => _spent.IsCancellationRequested;

        /// <summary>"after 30 s", for the messages of a wait that ran out.</summary>
        public string After => "after " + (Limit.HasValue ? Limit.Value.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : "an unbounded wait") + " s";

        public void Dispose() => _spent.Dispose();
    }

    /// <summary>
    /// Waits for many service objects at once until each reaches an end state: reads them all every interval
    /// (up to -ThrottleLimit requests at once), writes a progress bar per object, hands each one over as it ends,
    /// reads again after a passing fault (up to <see cref="Poller.MaxFailedReadsInARow"/> in a row), and gives up on the
    /// rest when the <see cref="WaitBudget"/> is spent, a read in flight included. Ctrl+C ends the wait at once, also
    /// between reads. Used through <see cref="MmsWaitingCmdlet"/> by every cmdlet that waits.
    /// </summary>
    internal sealed class Poller<TTarget, TState>
        where TTarget : MmsReference
        where TState : class
    {
        private readonly MmsCmdlet _cmdlet;
        private readonly WaitPlan<TTarget, TState> _plan;
        private readonly TimeSpan _interval;
        private readonly WaitBudget _budget;

        /// <param name="cmdlet">The cmdlet whose pipeline gets the progress, the errors and its Ctrl+C.</param>
        /// <param name="interval">Time between two reads of the same object.</param>
        public Poller(MmsCmdlet cmdlet, WaitPlan<TTarget, TState> plan, TimeSpan interval, WaitBudget budget)
        {
            _cmdlet = cmdlet;
            _plan = plan;
            _interval = interval;
            _budget = budget;
        }

        /// <summary>Polls every target until it ends (written by the plan), cannot be read (an error), or the budget is spent (an error).</summary>
        public void Run(IReadOnlyList<TTarget> targets)
        {
            var pending = targets.Select((target, index) => new Watched(target, index + 1)).ToList();
            while (pending.Count > 0)
            {
                Outcome[] outcomes = _cmdlet.AwaitOnPipeline(token => ReadAllAsync(pending, token));
                foreach (Outcome outcome in outcomes)
                {
                    Handle(outcome, pending);
                }
                if (pending.Count == 0)
                {
                    break;
                }
                if (_budget.IsSpent)
                {
                    foreach (Watched watched in pending)
                    {
                        Complete(watched);
                        _cmdlet.WriteError(TimedOut(watched));
                    }
                    return;
                }
                _cmdlet.AwaitOnPipeline(async token =>
                {
                    using (var either = CancellationTokenSource.CreateLinkedTokenSource(token, _budget.Token))
                    {
                        try
                        {
                            await Task.Delay(_interval, either.Token).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException) when (!token.IsCancellationRequested)
                        {
                            // The budget ran out between two reads: the next round reports what is still running.
                        }
                    }
                    return true;
                });
            }
        }

        private void Handle(Outcome outcome, List<Watched> pending)
        {
            Watched watched = outcome.Watched;
            if (outcome.Unanswered)
            {
                watched.LastReadUnanswered = true;
                return;
            }
            if (outcome.Error != null)
            {
                if (outcome.Error.MayPass && ++watched.FailedReadsInARow < Poller.MaxFailedReadsInARow)
                {
                    _cmdlet.WriteWarning("Could not read " + watched.Target + "; reading it again at the next poll (" + watched.FailedReadsInARow + " of " +
                                         Poller.MaxFailedReadsInARow + " failed reads in a row allowed): " + outcome.Error.Message);
                    return;
                }
                pending.Remove(watched);
                Complete(watched);
                _cmdlet.WriteError(_plan.ReadFailed?.Invoke(watched.Target, outcome.Error) ?? ErrorRecords.FromApiError(outcome.Error, watched.Target));
                return;
            }
            watched.FailedReadsInARow = 0;
            watched.LastReadUnanswered = false;
            watched.Latest = outcome.Value;
            if (_plan.HasEnded(outcome.Value!))
            {
                pending.Remove(watched);
                Complete(watched);
                _plan.Ended(watched.Target, outcome.Value!);
            }
            else
            {
                _cmdlet.WriteProgress(Progress(watched, ProgressRecordType.Processing));
            }
        }

        /// <summary>The one timeout message of every wait: the object, its last state, the limit, and what to do.</summary>
        private ErrorRecord TimedOut(Watched watched)
        {
            TState? last = watched.Latest;
            string name = _plan.Name?.Invoke(watched.Target, last) ?? last?.ToString() ?? watched.Target.ToString()!;
            string where = name == watched.Target.ToString() ? string.Empty : " (" + watched.Target + ")";
            string unanswered = watched.LastReadUnanswered ? " Its last read got no answer before the time was up." : string.Empty;
            return ErrorRecords.Create(MmsErrorIds.WaitTimeout,
                name + " is still " + (last == null ? "running" : _plan.StillIn(last)) + " " + _budget.After + where + "." + unanswered,
                (object?)last ?? watched.Target,
                _plan.TimeoutAction(watched.Target, last));
        }

        private async Task<Outcome[]> ReadAllAsync(List<Watched> pending, CancellationToken stop)
        {
            using (var either = CancellationTokenSource.CreateLinkedTokenSource(stop, _budget.Token))
            {
                return await Task.WhenAll(pending.Select(w => ReadAsync(w, either.Token, stop))).ConfigureAwait(false);
            }
        }

        /// <summary>One object's read; the client keeps the reads of a round to -ThrottleLimit requests in flight.</summary>
        private async Task<Outcome> ReadAsync(Watched watched, CancellationToken token, CancellationToken stop)
        {
            try
            {
                return new Outcome(watched, await _plan.Read(watched.Target, token).ConfigureAwait(false), null);
            }
            catch (MmsApiException e)
            {
                return new Outcome(watched, null, e);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                // The budget ran out while the read waited or ran: not a fault of the object, just no answer in time.
                return Outcome.NoAnswer(watched);
            }
        }

        private void Complete(Watched watched) =>
            _cmdlet.WriteProgress(watched.Latest == null
                ? Progress(watched.ActivityId, new WaitProgress(watched.Target.ToString() ?? string.Empty, "Done", -1), ProgressRecordType.Completed)
                : Progress(watched, ProgressRecordType.Completed));

        private ProgressRecord Progress(Watched watched, ProgressRecordType type) =>
            Progress(watched.ActivityId, _plan.Progress(watched.Target, watched.Latest!), type);

        private static ProgressRecord Progress(int activityId, WaitProgress shown, ProgressRecordType type) =>
            new ProgressRecord(activityId, shown.Activity, shown.Status)
            {
                PercentComplete = shown.Percent < 0 ? -1 : Math.Min(100, shown.Percent),
                RecordType = type,
            };

        /// <summary>One object being waited for; its activity id keeps its own progress bar.</summary>
        private sealed class Watched
        {
            public Watched(TTarget target, int activityId)
            {
                Target = target;
                ActivityId = activityId;
            }

            public TTarget Target { get; }

            public int ActivityId { get; }

            public TState? Latest { get; set; }

            public int FailedReadsInARow { get; set; }

            /// <summary>The last read was cut off when the budget ran out.</summary>
            public bool LastReadUnanswered { get; set; }
        }

        /// <summary>One read of one object: its state, the error that prevented it, or no answer before the budget ran out.</summary>
        private sealed class Outcome
        {
            public Outcome(Watched watched, TState? value, MmsApiException? error)
            {
                Watched = watched;
                Value = value;
                Error = error;
            }

            public Watched Watched { get; }

            public TState? Value { get; }

            public MmsApiException? Error { get; }

            public bool Unanswered { get; private set; }

            public static Outcome NoAnswer(Watched watched) => new Outcome(watched, null, null) { Unanswered = true };
        }
    }

    /// <summary>The bounds every wait shares.</summary>
    internal static class Poller
    {
        /// <summary>
        /// Reads of one object that may fail in a row with a passing fault (a garbled answer, a 5xx or throttling left
        /// after the transport's own retries, a dropped connection) before it is given up: a read is safe to repeat,
        /// and one bad answer must not lose a job that then ends well.
        /// </summary>
        internal const int MaxFailedReadsInARow = 3;

        /// <summary>The bounds every waiting cmdlet's -PollIntervalSec takes, in seconds.</summary>
        internal const double MinIntervalSec = 0.05;

        internal const double MaxIntervalSec = 3600;
    }
}
