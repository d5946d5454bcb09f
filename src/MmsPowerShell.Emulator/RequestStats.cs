using System;
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
        private int _inFlight;
        private int _maxInFlight;

        /// <summary>Counts a request as received and in flight; dispose the result when it is answered.</summary>
        public IDisposable Begin(string path)
        {
            Interlocked.Increment(ref _requests);
            _byPath.AddOrUpdate(path, 1, (_, n) => n + 1);
            int now = Interlocked.Increment(ref _inFlight);
            int max;
            while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
            {
            }
            return new Completion(this);
        }

        public void Reset()
        {
            Interlocked.Exchange(ref _requests, 0);
            Interlocked.Exchange(ref _maxInFlight, 0);
            _byPath.Clear();
        }

        public object Snapshot() => new
        {
            requests = Volatile.Read(ref _requests),
            maxInFlight = Volatile.Read(ref _maxInFlight),
            byPath = new Dictionary<string, int>(_byPath),
        };

        private sealed class Completion : IDisposable
        {
            private RequestStats? _stats;

            public Completion(RequestStats stats)
            {
                _stats = stats;
            }

            public void Dispose()
            {
                RequestStats? stats = Interlocked.Exchange(ref _stats, null);
                if (stats != null)
                {
                    Interlocked.Decrement(ref stats._inFlight);
                }
            }
        }
    }
}
