namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What a waiting cmdlet collects from its input until the input ends: each object once, in the order first given
    /// (an object piped twice, e.g. from two listings, is waited for, and written, once).
    /// </summary>
    internal sealed class WaitList<TTarget>
        where TTarget : MmsSourceObjectReference
    {
        private readonly List<TTarget> _targets = new List<TTarget>();
        private readonly HashSet<(long SourceId, long Id)> _seen = new HashSet<(long, long)>();

        public IReadOnlyList<TTarget> Targets => _targets;

        public void AddRange(IEnumerable<TTarget> targets)
        {
            foreach (TTarget target in targets)
            {
                if (_seen.Add(target.Key))
                {
                    _targets.Add(target);
                }
            }
        }
    }
}
