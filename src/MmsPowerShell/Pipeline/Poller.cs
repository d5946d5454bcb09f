using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Waits for many service objects at once until each reaches an end state: reads them all every interval
    /// (up to -ThrottleLimit requests at once), writes a progress bar per object, hands each one over as it ends,
    /// reads again after a passing fault (up to <see cref="MaxFailedReadsInARow"/> in a row), and gives up on the
    /// rest at the timeout. Ctrl+C ends the wait at once, also between reads. Used by
    /// New-MmsJob (its asynchronous task), Wait-MmsJob, Get-MmsAsyncTask -Wait, and the set-up side's waits (metadata scans,
    /// data source tests).
    /// </summary>
    internal sealed class Poller
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

        private readonly MmsCmdlet _cmdlet;
        private readonly TimeSpan _interval;
        private readonly TimeSpan? _timeout;

        /// <param name="cmdlet">The cmdlet whose pipeline gets the progress, the errors and its Ctrl+C.</param>
        /// <param name="interval">Time between two reads of the same object.</param>
        /// <param name="timeout">How long to wait in all; null waits until everything ends or Ctrl+C.</param>
        public Poller(MmsCmdlet cmdlet, TimeSpan interval, TimeSpan? timeout)
        {
            _cmdlet = cmdlet;
            _interval = interval;
            _timeout = timeout;
        }

        /// <summary>
        /// Polls every target until <paramref name="isFinished"/> says it ended, then calls <paramref name="finished"/>
        /// on the pipeline thread. A target that cannot be read (after a passing fault: that many times in a row) gets a
        /// non-terminating error and is dropped; one still running at the timeout goes to <paramref name="timedOut"/> with
        /// its last state (null when it was never read).
        /// </summary>
        /// <param name="describe">The progress bar of a target's state: its activity, status line and percentage (-1 when unknown).</param>
        public void Run<T>(IReadOnlyList<MmsReference> targets, Func<MmsReference, CancellationToken, Task<T>> read, Func<T, bool> isFinished,
            Func<MmsReference, T, (string Activity, string Status, int Percent)> describe, Action<MmsReference, T> finished, Action<MmsReference, T?> timedOut)
            where T : class
        {
            Stopwatch clock = Stopwatch.StartNew();
            var pending = targets.Select((target, index) => new Watched<T>(target, index + 1)).ToList();
            using (var gate = new SemaphoreSlim(_cmdlet.ThrottleLimit))
            {
                while (pending.Count > 0)
                {
                    Outcome<T>[] outcomes = _cmdlet.AwaitOnPipeline(token => Task.WhenAll(pending.Select(w => ReadAsync(w, read, gate, token))));
                    foreach (Outcome<T> outcome in outcomes)
                    {
                        Watched<T> watched = outcome.Watched;
                        if (outcome.Error != null)
                        {
                            if (IsPassing(outcome.Error) && ++watched.FailedReadsInARow < MaxFailedReadsInARow)
                            {
                                _cmdlet.WriteWarning("Could not read " + watched.Target + "; reading it again at the next poll (" + watched.FailedReadsInARow + " of " +
                                                     MaxFailedReadsInARow + " failed reads in a row allowed): " + outcome.Error.Message);
                                continue;
                            }
                            pending.Remove(watched);
                            Complete(watched, watched.Latest == null ? null : describe(watched.Target, watched.Latest));
                            _cmdlet.WriteError(ErrorRecords.FromApiError(outcome.Error, watched.Target));
                            continue;
                        }
                        watched.FailedReadsInARow = 0;
                        watched.Latest = outcome.Value;
                        var shown = describe(watched.Target, outcome.Value!);
                        if (isFinished(outcome.Value!))
                        {
                            pending.Remove(watched);
                            Complete(watched, shown);
                            finished(watched.Target, outcome.Value!);
                        }
                        else
                        {
                            _cmdlet.WriteProgress(Progress(watched.ActivityId, shown, ProgressRecordType.Processing));
                        }
                    }
                    if (pending.Count == 0)
                    {
                        break;
                    }
                    TimeSpan wait = _interval;
                    if (_timeout.HasValue)
                    {
                        TimeSpan left = _timeout.Value - clock.Elapsed;
                        if (left <= TimeSpan.Zero)
                        {
                            foreach (Watched<T> watched in pending)
                            {
                                Complete(watched, watched.Latest == null ? null : describe(watched.Target, watched.Latest));
                                timedOut(watched.Target, watched.Latest);
                            }
                            return;
                        }
                        wait = left < wait ? left : wait;
                    }
                    _cmdlet.AwaitOnPipeline(async token =>
                    {
                        await Task.Delay(wait, token).ConfigureAwait(false);
                        return true;
                    });
                }
            }
        }

        /// <summary>A fault that may be gone at the next read; a missing object, a refusal or a bad request stays.</summary>
        private static bool IsPassing(MmsApiException error)
        {
            switch (error.Kind)
            {
                case MmsErrorKind.Throttling:
                case MmsErrorKind.ServerError:
                case MmsErrorKind.InvalidResponse:
                case MmsErrorKind.ConnectionFailed:
                case MmsErrorKind.Timeout:
                    return true;
                default:
                    return false;
            }
        }

        private static async Task<Outcome<T>> ReadAsync<T>(Watched<T> watched, Func<MmsReference, CancellationToken, Task<T>> read,
            SemaphoreSlim gate, CancellationToken token)
            where T : class
        {
            await gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                return new Outcome<T>(watched, await read(watched.Target, token).ConfigureAwait(false), null);
            }
            catch (MmsApiException e)
            {
                return new Outcome<T>(watched, null, e);
            }
            finally
            {
                gate.Release();
            }
        }

        private void Complete<T>(Watched<T> watched, (string Activity, string Status, int Percent)? shown)
            where T : class =>
            _cmdlet.WriteProgress(Progress(watched.ActivityId, shown ?? (watched.Target.ToString() ?? string.Empty, "Done", -1), ProgressRecordType.Completed));

        private static ProgressRecord Progress(int activityId, (string Activity, string Status, int Percent) shown, ProgressRecordType type) =>
            new ProgressRecord(activityId, shown.Activity, shown.Status)
            {
                PercentComplete = shown.Percent < 0 ? -1 : Math.Min(100, shown.Percent),
                RecordType = type,
            };

        /// <summary>One object being waited for; its activity id keeps its own progress bar.</summary>
        private sealed class Watched<T>
            where T : class
        {
            public Watched(MmsReference target, int activityId)
            {
                Target = target;
                ActivityId = activityId;
            }

            public MmsReference Target { get; }

            public int ActivityId { get; }

            public T? Latest { get; set; }

            public int FailedReadsInARow { get; set; }
        }

        /// <summary>One read of one object: its state, or the error that prevented it.</summary>
        private sealed class Outcome<T>
            where T : class
        {
            public Outcome(Watched<T> watched, T? value, MmsApiException? error)
            {
                Watched = watched;
                Value = value;
                Error = error;
            }

            public Watched<T> Watched { get; }

            public T? Value { get; }

            public MmsApiException? Error { get; }
        }
    }
}
