namespace MmsPowerShell.Core.Migration
{
    /// <summary>When a failed job runs again: the delay doubles per attempt, spread by ±20% so jobs that failed together do not retry together.</summary>
    public sealed class RetrySchedule
    {
        private readonly TimeSpan _first;
        private readonly Random _random;

        public RetrySchedule(TimeSpan first, Random random)
        {
            _first = first;
            _random = random;
        }

        /// <summary>The wait after attempt <paramref name="attemptsUsed"/> (1 = after the first run) failed.</summary>
        public TimeSpan DelayAfter(int attemptsUsed)
        {
            double factor = Math.Pow(2, Math.Max(0, Math.Min(attemptsUsed - 1, 20)));
            double jitter = 0.8 + 0.4 * _random.NextDouble();
            return TimeSpan.FromMilliseconds(_first.TotalMilliseconds * factor * jitter);
        }
    }
}
