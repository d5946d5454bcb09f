namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Credentials that expire, and when.</summary>
    public sealed class TemporaryCredentials
    {
        public TemporaryCredentials(MmsCredentials credentials, DateTime expiresUtc)
        {
            Credentials = credentials;
            ExpiresUtc = expiresUtc;
        }

        public MmsCredentials Credentials { get; }

        public DateTime ExpiresUtc { get; }
    }

    /// <summary>Holds a provider's last credentials and fetches new ones shortly before they expire.</summary>
    internal sealed class RefreshingCache
    {
        /// <summary>Renew this long before expiry, so a request signed now is not rejected in flight.</summary>
        private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
        private readonly object _lock = new object();
        private readonly Func<DateTime> _utcNow;
        private TemporaryCredentials? _current;

        public RefreshingCache(Func<DateTime> utcNow)
        {
            _utcNow = utcNow;
        }

        public MmsCredentials Get(Func<TemporaryCredentials> fetch)
        {
            lock (_lock)
            {
                if (_current == null || _current.ExpiresUtc - _utcNow() < RefreshMargin)
                {
                    _current = fetch();
                }
                return _current.Credentials;
            }
        }
    }
}
