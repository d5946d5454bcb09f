namespace MmsPowerShell.Emulator
{
    /// <summary>Hands out increasing int64 ids of one kind. Not thread-safe: its owner's lock guards it.</summary>
    public sealed class IdSequence
    {
        private long _next;

        public IdSequence(long first)
        {
            _next = first;
        }

        public long Next() => _next++;
    }
}
