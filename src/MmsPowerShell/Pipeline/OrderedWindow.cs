namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Up to a limit of operations in flight, handed back strictly in the order they were added,
    /// each as soon as it and everything before it has finished. Memory stays bounded by the limit,
    /// whatever the number of items. Not thread-safe: one producer (the pipeline thread) uses it.
    /// </summary>
    internal sealed class OrderedWindow<T>
    {
        private readonly Queue<T> _pending = new Queue<T>();
        private readonly Func<T, Task> _taskOf;
        private readonly int _limit;

        public OrderedWindow(int limit, Func<T, Task> taskOf)
        {
            if (limit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(limit), "The limit must be at least 1.");
            }
            _limit = limit;
            _taskOf = taskOf;
        }

        public int Count => _pending.Count;

        /// <summary>Adds a started operation. Returns the items now ready to hand back, in order; waits
        /// for the oldest one first when the window is full.</summary>
        public IEnumerable<T> Add(T item)
        {
            _pending.Enqueue(item);
            var ready = new List<T>();
            while (_pending.Count >= _limit)
            {
                ready.Add(WaitForHead());
            }
            while (_pending.Count > 0 && _taskOf(_pending.Peek()).IsCompleted)
            {
                ready.Add(_pending.Dequeue());
            }
            return ready;
        }

        /// <summary>Waits for the oldest operation and hands it back; null-free: call only while Count &gt; 0.</summary>
        public T WaitForHead()
        {
            T head = _pending.Peek();
            Task task = _taskOf(head);
            try
            {
                task.Wait();
            }
            catch (AggregateException)
            {
                // The caller reads the outcome from the task itself; waiting must not throw it here.
            }
            return _pending.Dequeue();
        }
    }
}
