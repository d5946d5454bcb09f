using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace MmsPowerShell.Emulator
{
    /// <summary>Counts API requests received, by path and by operation, so tests can prove what a client sent (or did not send).</summary>
    public sealed class RequestStats
    {
        private readonly ConcurrentDictionary<string, int> _byPath = new ConcurrentDictionary<string, int>();
        private readonly ConcurrentDictionary<string, int> _byAction = new ConcurrentDictionary<string, int>();
        private int _requests;
        private int _inFlight;
        private int _maxInFlight;

        /// <summary>Counts a request as received and in flight; dispose the result when it is answered.</summary>
        /// <param name="action">The operation the route serves (not the x-acs-action header, which may be wrong).</param>
        public IDisposable Begin(string path, string action)
        {
            Interlocked.Increment(ref _requests);
            _byPath.AddOrUpdate(path, 1, (_, n) => n + 1);
            _byAction.AddOrUpdate(action, 1, (_, n) => n + 1);
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
            _byAction.Clear();
        }

        public object Snapshot() => new
        {
            requests = Volatile.Read(ref _requests),
            maxInFlight = Volatile.Read(ref _maxInFlight),
            byPath = new Dictionary<string, int>(_byPath),
            byAction = new Dictionary<string, int>(_byAction),
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
