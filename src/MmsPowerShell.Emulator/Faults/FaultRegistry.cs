namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// The faults in force; the first matching one with hits left is used, and its count goes down (a fault that still
    /// lets requests through, see <see cref="Fault.Skip"/>, lets this one through untouched).
    /// </summary>
    public sealed class FaultRegistry
    {
        private readonly object _lock = new object();
        private readonly List<(Fault Fault, int Remaining, int Skipped)> _faults = new List<(Fault, int, int)>();
        private int _nextId;

        public int Add(Fault fault)
        {
            lock (_lock)
            {
                fault.Id = ++_nextId;
                _faults.Add((fault, fault.Times <= 0 ? int.MaxValue : fault.Times, 0));
                return fault.Id;
            }
        }

        public void Clear()
        {
            lock (_lock)
            {
                _faults.Clear();
            }
        }

        /// <summary>The fault for a request to the operation, with its source and second path id (0 when absent).</summary>
        public Fault? Take(string action, long sourceId, long id) => Take(fault => fault.Matches(action, sourceId, id));

        /// <summary>True when a jobfail fault says this migration task fails at its data step (and uses up one hit).</summary>
        public bool TakeTaskFailure(long sourceId, long jobId, long tableId) => Take(fault => fault.FailsTask(sourceId, jobId, tableId)) != null;

        private Fault? Take(Predicate<Fault> matches)
        {
            lock (_lock)
            {
                int index = _faults.FindIndex(f => f.Remaining > 0 && matches(f.Fault));
                if (index < 0)
                {
                    return null;
                }
                var (fault, remaining, skipped) = _faults[index];
                if (skipped < fault.Skip)
                {
                    // Not yet: this request passes untouched, and counts towards the ones the fault lets through.
                    _faults[index] = (fault, remaining, skipped + 1);
                    return null;
                }
                _faults[index] = (fault, remaining == int.MaxValue ? remaining : remaining - 1, skipped);
                return fault;
            }
        }

        public IReadOnlyList<Fault> List()
        {
            lock (_lock)
            {
                return _faults.Select(f => f.Fault).ToList();
            }
        }
    }
}
