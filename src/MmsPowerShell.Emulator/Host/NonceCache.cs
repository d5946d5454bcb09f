namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// Remembers nonces long enough to refuse replays (as long as a timestamp is acceptable). Nonces are forgotten
    /// in the order they were used: after <see cref="Lifetime"/>, or the oldest first once <see cref="Capacity"/>
    /// are held, so each request costs the same however many came before it (a runbook test or a benchmark sends
    /// hundreds of thousands within the lifetime).
    /// </summary>
    public sealed class NonceCache
    {
        public const int DefaultCapacity = 100_000;

        /// <summary>As long as the gateway accepts a request's timestamp: a replay older than this fails on its date.</summary>
        public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

        private readonly object _lock = new object();
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly Queue<(DateTime Used, string Nonce)> _byAge = new Queue<(DateTime, string)>();
        private readonly Func<DateTime> _utcNow;

        public NonceCache(int capacity = DefaultCapacity, Func<DateTime>? utcNow = null)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(capacity), "The capacity must be at least 1.");
            }
            Capacity = capacity;
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
        }

        /// <summary>The most nonces held at once.</summary>
        public int Capacity { get; }

        /// <summary>How many nonces are held now.</summary>
        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _seen.Count;
                }
            }
        }

        /// <summary>True the first time a nonce is seen (since it was last forgotten).</summary>
        public bool TryUse(string nonce)
        {
            DateTime now = _utcNow();
            lock (_lock)
            {
                while (_byAge.Count > 0 && now - _byAge.Peek().Used > Lifetime)
                {
                    _seen.Remove(_byAge.Dequeue().Nonce);
                }
                if (!_seen.Add(nonce))
                {
                    return false;
                }
                _byAge.Enqueue((now, nonce));
                if (_byAge.Count > Capacity)
                {
                    _seen.Remove(_byAge.Dequeue().Nonce);
                }
                return true;
            }
        }
    }
}
