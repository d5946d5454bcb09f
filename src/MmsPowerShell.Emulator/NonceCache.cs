using System;
using System.Collections.Concurrent;
using System.Linq;

namespace MmsPowerShell.Emulator
{
    /// <summary>Remembers nonces long enough to refuse replays (as long as a timestamp is acceptable).</summary>
    public sealed class NonceCache
    {
        private const int MaxEntries = 100_000;
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
        private readonly ConcurrentDictionary<string, DateTime> _seen = new ConcurrentDictionary<string, DateTime>(StringComparer.Ordinal);

        /// <summary>True the first time a nonce is seen.</summary>
        public bool TryUse(string nonce)
        {
            DateTime now = DateTime.UtcNow;
            if (_seen.Count > MaxEntries)
            {
                foreach (var stale in _seen.Where(entry => now - entry.Value > Lifetime).Select(entry => entry.Key).ToList())
                {
                    _seen.TryRemove(stale, out _);
                }
            }
            return _seen.TryAdd(nonce, now);
        }
    }
}
