using System;
using System.Management.Automation;

namespace MmsPowerShell.Commands
{
    /// <summary>Applies -Skip and -First (SupportsPaging) to items as they stream past.</summary>
    internal sealed class PagingCounter
    {
        private readonly ulong _skip;
        private readonly ulong _first;
        private ulong _skipped;
        private ulong _written;

        public PagingCounter(PagingParameters paging)
        {
            _skip = paging.Skip;
            _first = paging.First;
        }

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
