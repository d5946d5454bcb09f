using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// Reads a whole list operation into memory, for a caller that needs all of it before it can decide (a migration
    /// run's plan, New-MmsJob's destinations, a database's task history): the first page, then the pages its total
    /// announces, a few at once, de-duplicated by id (items that move between pages while the list is read appear
    /// once). The cmdlets' own list path streams to the pipeline instead.
    /// </summary>
    public static class PagedReader
    {
        public static async Task<List<T>> ReadAllAsync<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, Func<T, long> keyOf,
            int parallel, CancellationToken token)
        {
            MmsPage<T> first = await fetchPage(1, MmsApiClient.PageSize, token).ConfigureAwait(false);
            var items = new List<T>(first.Items);
            if (first.Items.Count == 0 || first.Items.Count >= first.Total)
            {
                return items;
            }
            // A service whose page size is below the one asked for numbers its pages by what it answered.
            int pageSize = first.Items.Count;
            int lastPage = (int)((first.Total + pageSize - 1) / pageSize);
            var seen = new HashSet<long>(items.Select(keyOf));
            using (var gate = new SemaphoreSlim(Math.Max(1, parallel)))
            {
                var pages = Enumerable.Range(2, lastPage - 1).Select(async pageNum =>
                {
                    await gate.WaitAsync(token).ConfigureAwait(false);
                    try
                    {
                        return await fetchPage(pageNum, pageSize, token).ConfigureAwait(false);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }).ToList();
                foreach (MmsPage<T> page in await Task.WhenAll(pages).ConfigureAwait(false))
                {
                    items.AddRange(page.Items.Where(item => seen.Add(keyOf(item))));
                }
            }
            return items;
        }
    }
}
