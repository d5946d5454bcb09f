using System.Diagnostics;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// One progress bar of a cmdlet (a listing, or a run of by-id requests). Quiet for the first second, so short
    /// calls never flash a bar; then at most four updates a second, so a listing of a million items costs a few
    /// hundred progress records, not a million. Completed when the work ends, if it was ever shown.
    /// </summary>
    internal sealed class ProgressReporter
    {
        /// <summary>Work that ends sooner shows no bar at all.</summary>
        internal static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);

        /// <summary>Updates closer together than this are skipped.</summary>
        internal static readonly TimeSpan UpdateInterval = TimeSpan.FromMilliseconds(250);

        private static int _lastActivityId;

        private readonly Action<ProgressRecord> _write;
        private readonly string _activity;
        private readonly int _activityId = Interlocked.Increment(ref _lastActivityId);
        private Stopwatch? _started;
        private TimeSpan _lastUpdate;
        private bool _shown;

        public ProgressReporter(string activity, Action<ProgressRecord> write)
        {
            _activity = activity;
            _write = write;
        }

        /// <summary>Starts the quiet period now (when the work starts); otherwise the first report starts it.</summary>
        public void Start() => _started = _started ?? Stopwatch.StartNew();

        /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> (null when the total is not known).</summary>
        public void Report(long done, long? total, string what)
        {
            Start();
            TimeSpan now = _started!.Elapsed;
            if (now < QuietPeriod || (_shown && now - _lastUpdate < UpdateInterval))
            {
                return;
            }
            _lastUpdate = now;
            _shown = true;
            string count = done.ToString("N0", CultureInfo.InvariantCulture);
            // The status quotes names (a job's, the user's) and service text: through the one sanitizer.
            var record = new ProgressRecord(_activityId, _activity, ServiceText.Sanitize(total.HasValue
                ? what + ": " + count + " of " + total.Value.ToString("N0", CultureInfo.InvariantCulture)
                : what + ": " + count + " done"));
            if (total.HasValue && total.Value > 0)
            {
                record.PercentComplete = (int)Math.Max(0, Math.Min(100, 100 * done / total.Value));
            }
            _write(record);
        }

        /// <summary>Removes the bar, if it was shown, and starts the quiet period afresh for the next piece of work.</summary>
        public void Complete()
        {
            if (_shown)
            {
                _write(new ProgressRecord(_activityId, _activity, "done") { RecordType = ProgressRecordType.Completed });
            }
            _shown = false;
            _started = null;
        }
    }
}
