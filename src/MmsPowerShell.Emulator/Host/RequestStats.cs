using System.Collections.Concurrent;
using System.Threading;

namespace MmsPowerShell.Emulator
{
    /// <summary>Counts API requests received, by path and by operation, so tests can prove what a client sent (or did not send).</summary>
    public sealed class RequestStats
    {
        private readonly ConcurrentDictionary<string, int> _byPath = new ConcurrentDictionary<string, int>();
        private readonly ConcurrentDictionary<string, int> _byAction = new ConcurrentDictionary<string, int>();
        private readonly ConcurrentDictionary<string, int> _createsByJobName = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
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

        /// <summary>
        /// Counts a CreateMmsJob by the job name in its body, whatever then becomes of the request (refused, faulted, lost),
        /// so a test can prove that a client never sent a second create for the same job. Bodies without a name are not counted.
        /// </summary>
        public void CountBody(string action, byte[] body)
        {
            if (action == "CreateMmsJob" && JobNameOf(body) is string name)
            {
                _createsByJobName.AddOrUpdate(name, 1, (_, n) => n + 1);
            }
        }

        public void Reset()
        {
            Interlocked.Exchange(ref _requests, 0);
            Interlocked.Exchange(ref _maxInFlight, 0);
            _byPath.Clear();
            _byAction.Clear();
            _createsByJobName.Clear();
        }

        public object Snapshot() => new
        {
            requests = Volatile.Read(ref _requests),
            maxInFlight = Volatile.Read(ref _maxInFlight),
            byPath = new Dictionary<string, int>(_byPath),
            byAction = new Dictionary<string, int>(_byAction),
            createsByJobName = new Dictionary<string, int>(_createsByJobName),
        };

        private static string? JobNameOf(byte[] body)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(body);
                return document.RootElement.ValueKind == JsonValueKind.Object &&
                    document.RootElement.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String &&
                    name.GetString() is { Length: > 0 } text ? text : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

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
