using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace MmsPowerShell.Emulator
{
    /// <summary>Counts API requests received, so tests can prove what a client sent (or did not send).</summary>
    public sealed class RequestStats
    {
        private readonly ConcurrentDictionary<string, int> _byPath = new ConcurrentDictionary<string, int>();
        private int _requests;

        public void Count(string path)
        {
            Interlocked.Increment(ref _requests);
            _byPath.AddOrUpdate(path, 1, (_, n) => n + 1);
        }

        public void Reset()
        {
            Interlocked.Exchange(ref _requests, 0);
            _byPath.Clear();
        }

        public object Snapshot() => new { requests = Volatile.Read(ref _requests), byPath = new Dictionary<string, int>(_byPath) };
    }
}
