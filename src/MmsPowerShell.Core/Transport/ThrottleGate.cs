using System.Diagnostics;

namespace MmsPowerShell.Core.Http
{
    /// <summary>Holds back every new attempt of a client until a throttling pause is over.</summary>
    internal sealed class ThrottleGate
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _openAtTicks;

        public void PauseFor(TimeSpan delay)
        {
            long until = _clock.Elapsed.Ticks + delay.Ticks;
            long current;
            do
            {
                current = Interlocked.Read(ref _openAtTicks);
                if (until <= current)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref _openAtTicks, until, current) != current);
        }

        public Task WaitAsync(CancellationToken cancellationToken)
        {
            long wait = Interlocked.Read(ref _openAtTicks) - _clock.Elapsed.Ticks;
            return wait > 0 ? Task.Delay(TimeSpan.FromTicks(wait), cancellationToken) : Task.CompletedTask;
        }
    }
}
