using System.Collections.Generic;

namespace MmsPowerShell.Core.Models
{
    /// <summary>One page of a list operation.</summary>
    public sealed class MmsPage<T>
    {
        public MmsPage(IReadOnlyList<T> items, long total, string? requestId)
        {
            Items = items;
            Total = total;
            RequestId = requestId;
        }

        public IReadOnlyList<T> Items { get; }

        /// <summary>How many items the whole list has, as the service counts them.</summary>
        public long Total { get; }

        public string? RequestId { get; }
    }
}
