namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// At most a number of requests in flight at once. Unlike SemaphoreSlim, a freed slot is handed to the next waiter
    /// on the releasing thread: the waiting request, already signed, goes out at once, before that thread goes on to
    /// decode the answer that freed the slot, instead of after a hop through the thread pool.
    /// </summary>
    internal sealed class RequestSlots
    {
        private readonly Queue<TaskCompletionSource<bool>> _waiters = new Queue<TaskCompletionSource<bool>>();
        private int _free;

        public RequestSlots(int count)
        {
            if (count < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "At least one request must be allowed in flight.");
            }
            _free = count;
        }

        /// <summary>Takes a free slot if there is one, without waiting.</summary>
        public bool TryEnter()
        {
            lock (_waiters)
            {
                if (_free == 0)
                {
                    return false;
                }
                _free--;
                return true;
            }
        }

        /// <summary>Waits for a slot, first come first served.</summary>
        public async Task EnterAsync(CancellationToken cancellationToken)
        {
            // Continuations run on the thread that completes this (see the class summary): no RunContinuationsAsynchronously.
            var waiter = new TaskCompletionSource<bool>();
            lock (_waiters)
            {
                if (_free > 0)
                {
                    _free--;
                    return;
                }
                _waiters.Enqueue(waiter);
            }
            using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
            {
                await waiter.Task.ConfigureAwait(false);
            }
        }

        public void Release()
        {
            while (true)
            {
                TaskCompletionSource<bool> next;
                lock (_waiters)
                {
                    if (_waiters.Count == 0)
                    {
                        _free++;
                        return;
                    }
                    next = _waiters.Dequeue();
                }
                // A waiter cancelled meanwhile refuses the slot, and it goes to the one after.
                if (next.TrySetResult(true))
                {
                    return;
                }
            }
        }
    }
}
