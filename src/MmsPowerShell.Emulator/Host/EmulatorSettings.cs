using System.Threading;

namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// The timings of simulated work, changeable while the emulator runs (control API /_emulator/settings),
    /// so a test can make migrations fast or slow without restarting the server.
    /// </summary>
    public sealed class EmulatorSettings
    {
        public const int MaxMs = 600_000;
        private int _jobStepMs;
        private int _asyncTaskMs;
        private int _scanMs;

        public EmulatorSettings(EmulatorOptions options)
        {
            _jobStepMs = options.JobStepMs;
            _asyncTaskMs = options.AsyncTaskMs;
            _scanMs = options.ScanMs;
        }

        /// <summary>How long one task step (e.g. SCHEMA_DOING to SCHEMA_DONE) takes.</summary>
        public TimeSpan JobStep => TimeSpan.FromMilliseconds(Volatile.Read(ref _jobStepMs));

        /// <summary>How long an asynchronous task (job creation, connection test) runs before it ends.</summary>
        public TimeSpan AsyncTask => TimeSpan.FromMilliseconds(Volatile.Read(ref _asyncTaskMs));

        /// <summary>How long a metadata scan stays SCAN_DOING.</summary>
        public TimeSpan Scan => TimeSpan.FromMilliseconds(Volatile.Read(ref _scanMs));

        /// <summary>Applies the values given; null leaves a setting as it is. Throws ArgumentException on a value out of range.</summary>
        public void Update(SettingsUpdate update)
        {
            int? step = Checked("jobStepMs", update.JobStepMs);
            int? asyncTask = Checked("asyncTaskMs", update.AsyncTaskMs);
            int? scan = Checked("scanMs", update.ScanMs);
            if (step.HasValue) Volatile.Write(ref _jobStepMs, step.Value);
            if (asyncTask.HasValue) Volatile.Write(ref _asyncTaskMs, asyncTask.Value);
            if (scan.HasValue) Volatile.Write(ref _scanMs, scan.Value);
        }

        public object Snapshot() => new
        {
            jobStepMs = Volatile.Read(ref _jobStepMs),
            asyncTaskMs = Volatile.Read(ref _asyncTaskMs),
            scanMs = Volatile.Read(ref _scanMs),
        };

        private static int? Checked(string name, int? value)
        {
            if (value.HasValue && (value.Value < 1 || value.Value > MaxMs))
            {
                throw new ArgumentException(name + " must be from 1 to " + MaxMs + ", not " + value.Value);
            }
            return value;
        }
    }
}
