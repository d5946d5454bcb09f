using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Fetches the pages after the first of one listing, up to a limit at once, and hands them back in page order.
    /// The next page is started as soon as a page is answered, not when the pipeline has written it: writing a page
    /// into a slow pipeline (Where-Object, Export-Csv) would otherwise hold a request slot idle, and every round of
    /// requests would start that much later. Answered pages that wait to be written are bounded by the limit too,
    /// so memory stays bounded whatever the pipeline's pace.
    /// </summary>
    internal sealed class PageReadAhead<T> : IDisposable
    {
        private readonly Func<int, CancellationToken, Task<T>> _fetch;
        private readonly int _limit;
        private readonly long _lastPage;
        private readonly CancellationTokenSource _cancel;
        private readonly Dictionary<long, Task<T>> _started = new Dictionary<long, Task<T>>();
        private readonly object _lock = new object();
        private long _nextToStart;
        private long _nextToTake;
        private int _inFlight;

        /// <param name="fetch">(pageNum, token) → that page.</param>
        /// <param name="firstPage">The first page to fetch (the listing read the ones before it itself).</param>
        /// <param name="lastPage">The last page to fetch.</param>
        /// <param name="limit">Requests in flight at most (-ThrottleLimit).</param>
        /// <param name="cancellationToken">Ends every request (Ctrl+C).</param>
        public PageReadAhead(Func<int, CancellationToken, Task<T>> fetch, long firstPage, long lastPage, int limit, CancellationToken cancellationToken)
        {
            if (limit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(limit), "The limit must be at least 1.");
            }
            _fetch = fetch;
            _limit = limit;
            _lastPage = lastPage;
            _nextToStart = firstPage;
            _nextToTake = firstPage;
            _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            lock (_lock)
            {
                StartMore();
            }
        }

        /// <summary>True while pages remain to be taken.</summary>
        public bool HasMore => _nextToTake <= _lastPage;

        /// <summary>The next page in order (started already, perhaps answered); call only while <see cref="HasMore"/>.</summary>
        public Task<T> TakeNext()
        {
            lock (_lock)
            {
                long page = _nextToTake++;
                if (!_started.TryGetValue(page, out Task<T>? task))
                {
                    // Only after Dispose: a page is started by the time the page before it is answered.
                    return Task.FromCanceled<T>(_cancel.IsCancellationRequested ? _cancel.Token : new CancellationToken(true));
                }
                _started.Remove(page);
                StartMore();
                return task;
            }
        }

        /// <summary>Cancels what is still in flight: the listing ended (enough items, a failure, a repeated page, Ctrl+C).</summary>
        public void Dispose()
        {
            List<Task<T>> abandoned;
            lock (_lock)
            {
                _cancel.Cancel();
                abandoned = new List<Task<T>>(_started.Values);
                _started.Clear();
            }
            foreach (Task<T> task in abandoned)
            {
                // Observed, so a request that fails after the listing ended is not an unobserved task exception.
                task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }

        /// <summary>Starts pages while a request slot is free and the answered-but-unwritten pages stay within the limit. Under the lock.</summary>
        private void StartMore()
        {
            while (_inFlight < _limit && _nextToStart <= _lastPage && _nextToStart - _nextToTake < 2L * _limit && !_cancel.IsCancellationRequested)
            {
                long page = _nextToStart++;
                _inFlight++;
                _started[page] = Fetch(page);
            }
        }

        private async Task<T> Fetch(long page)
        {
            try
            {
                return await _fetch((int)page, _cancel.Token).ConfigureAwait(false);
            }
            finally
            {
                // Before this page's task completes, so the page after it is started by the time the listing takes it.
                lock (_lock)
                {
                    _inFlight--;
                    StartMore();
                }
            }
        }
    }
}
