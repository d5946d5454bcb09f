namespace MmsPowerShell.Commands
{
    /// <summary>Applies -Skip and -First (SupportsPaging) to items as they stream past; without paging parameters nothing is cut.</summary>
    internal sealed class PagingCounter
    {
        private readonly ulong _skip;
        private readonly ulong _first;
        private ulong _skipped;
        private ulong _written;

        public PagingCounter(PagingParameters? paging)
        {
            _skip = paging?.Skip ?? 0;
            _first = paging?.First ?? ulong.MaxValue;
        }

        /// <summary>How many more items the listing must offer (still to skip plus still to write); null when unlimited.</summary>
        public ulong? StillWanted => _first == ulong.MaxValue ? (ulong?)null : (_skip - _skipped) + (_first - _written);

        /// <summary>True once -First items are written: no further listing is needed.</summary>
        public bool IsFull => _written >= _first;

        /// <summary>Writes the item unless it is skipped; returns false once -First items are written, so listing stops.</summary>
        public bool Offer(Action write)
        {
            if (_skipped < _skip)
            {
                _skipped++;
                return true;
            }
            if (_written >= _first)
            {
                return false;
            }
            write();
            _written++;
            return _written < _first;
        }
    }
}
