namespace MmsPowerShell.Core.Models
{
    /// <summary>One page of a list operation.</summary>
    public sealed class MmsPage<T>
    {
        public MmsPage(IReadOnlyList<T> items, long total)
        {
            Items = items;
            Total = total;
        }

        public IReadOnlyList<T> Items { get; }

        /// <summary>How many items the whole list has, as the service counts them.</summary>
        public long Total { get; }
    }
}
