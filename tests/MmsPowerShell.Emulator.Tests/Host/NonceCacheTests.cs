using MmsPowerShell.Emulator;

namespace MmsPowerShell.Emulator.Tests
{
    public class NonceCacheTests
    {
        private DateTime _now = new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc);

        [Fact]
        public void A_nonce_is_accepted_once()
        {
            var cache = new NonceCache(utcNow: () => _now);

            Assert.True(cache.TryUse("a"));
            Assert.False(cache.TryUse("a"));
            Assert.True(cache.TryUse("b"));
            Assert.False(cache.TryUse("b"));
        }

        [Fact]
        public void A_nonce_is_refused_for_its_whole_lifetime_and_forgotten_after_it()
        {
            var cache = new NonceCache(utcNow: () => _now);
            Assert.True(cache.TryUse("a"));

            _now += NonceCache.Lifetime;
            Assert.False(cache.TryUse("a"));

            _now += TimeSpan.FromSeconds(1);
            Assert.True(cache.TryUse("a"));
        }

        [Fact]
        public void Past_its_capacity_the_oldest_nonce_is_forgotten_first()
        {
            var cache = new NonceCache(capacity: 3, utcNow: () => _now);
            foreach (string nonce in new[] { "a", "b", "c", "d" })
            {
                Assert.True(cache.TryUse(nonce));
            }

            Assert.Equal(3, cache.Count);
            Assert.False(cache.TryUse("d"));
            Assert.False(cache.TryUse("b"));
            Assert.True(cache.TryUse("a"));
        }

        [Fact]
        public void Many_requests_within_the_lifetime_keep_it_bounded_and_still_refuse_recent_replays()
        {
            // The old cache scanned every entry on each request once it held 100,000 young ones (4 ms a request).
            var cache = new NonceCache(utcNow: () => _now);
            for (int i = 0; i < 250_000; i++)
            {
                Assert.True(cache.TryUse("n" + i));
                _now += TimeSpan.FromTicks(10);
            }

            Assert.Equal(NonceCache.DefaultCapacity, cache.Count);
            Assert.False(cache.TryUse("n249999"));
            Assert.False(cache.TryUse("n150000"));
            Assert.True(cache.TryUse("n149999"));
        }

        [Fact]
        public void A_capacity_below_one_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new NonceCache(capacity: 0));
        }
    }
}
