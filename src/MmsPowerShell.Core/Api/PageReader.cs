using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// Reads a whole list into memory, page after page, for a cmdlet that needs all of it before it can decide
    /// (never for output: the cmdlets' listings stream). A page that adds nothing new ends the read, so a server
    /// that keeps answering the same page cannot loop it.
    /// </summary>
    public static class PageReader
    {
        public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, Func<T, long> keyOf,
            CancellationToken cancellationToken)
        {
            var items = new List<T>();
            var seen = new HashSet<long>();
            for (int pageNum = 1; ; pageNum++)
            {
                MmsPage<T> page = await fetchPage(pageNum, MmsApiClient.PageSize, cancellationToken).ConfigureAwait(false);
                int added = 0;
                foreach (T item in page.Items)
                {
                    if (seen.Add(keyOf(item)))
                    {
                        items.Add(item);
                        added++;
                    }
                }
                if (added == 0 || items.Count >= page.Total)
                {
                    return items;
                }
            }
        }
    }
}
