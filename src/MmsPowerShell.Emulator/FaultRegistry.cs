using System.Collections.Generic;
using System.Linq;

namespace MmsPowerShell.Emulator
{
    /// <summary>The faults in force; the first matching one with hits left is used, and its count goes down.</summary>
    public sealed class FaultRegistry
    {
        private readonly object _lock = new object();
        private readonly List<(Fault Fault, int Remaining)> _faults = new List<(Fault, int)>();
        private int _nextId;

        public int Add(Fault fault)
        {
            lock (_lock)
            {
                fault.Id = ++_nextId;
                _faults.Add((fault, fault.Times <= 0 ? int.MaxValue : fault.Times));
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

        public Fault? Take(long sourceId, long tableId)
        {
            lock (_lock)
            {
                int index = _faults.FindIndex(f => f.Remaining > 0 && f.Fault.Matches(sourceId, tableId));
                if (index < 0)
                {
                    return null;
                }
                var (fault, remaining) = _faults[index];
                _faults[index] = (fault, remaining == int.MaxValue ? remaining : remaining - 1);
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
