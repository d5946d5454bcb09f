using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Writes the pages of one listing in order: skips items already written from the page before (an item that
    /// moved between pages while the list was read), and stops when the service repeats a whole page or the
    /// writer wants no more. Only two pages of ids are remembered, so a listing of millions stays in bounded memory.
    /// </summary>
    internal sealed class ListWriter<T>
    {
        private readonly Func<T, long> _keyOf;
        private readonly Func<T, bool> _write;
        private HashSet<long> _previousKeys = new HashSet<long>();
        private long? _previousFirstKey;
        private int _pageNum;

        /// <param name="write">Writes an item; returns false when no more items are wanted.</param>
        public ListWriter(Func<T, long> keyOf, Func<T, bool> write)
        {
            _keyOf = keyOf;
            _write = write;
        }

        /// <summary>How many items were dropped because the page before had them.</summary>
        public int Duplicates { get; private set; }

        /// <summary>The page number the service answered with the page before's content; 0 when it never did.</summary>
        public int RepeatedPage { get; private set; }

        /// <summary>Writes one page; false when the listing should stop here.</summary>
        public bool Write(MmsPage<T> page)
        {
            _pageNum++;
            if (page.Items.Count == 0)
            {
                return false;
            }
            long firstKey = _keyOf(page.Items[0]);
            if (firstKey == _previousFirstKey)
            {
                RepeatedPage = _pageNum;
                return false;
            }
            _previousFirstKey = firstKey;
            var keys = new HashSet<long>();
            foreach (T item in page.Items)
            {
                long key = _keyOf(item);
                // Every key of this page is remembered, written or not, so an item seen on three pages in a row is written once.
                if (!keys.Add(key) || _previousKeys.Contains(key))
                {
                    Duplicates++;
                    continue;
                }
                if (!_write(item))
                {
                    return false;
                }
            }
            _previousKeys = keys;
            return true;
        }
    }
}
