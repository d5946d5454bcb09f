using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>The one list path: pages read ahead up to -ThrottleLimit in flight, written in order, cut by -Skip/-First.</summary>
    public abstract partial class MmsCmdlet
    {
        /// <summary>
        /// The one list path: writes the items of a list operation in the service's order, filtered by
        /// <paramref name="nameFilter"/> and cut by -Skip/-First where the cmdlet supports paging. The first page
        /// is written before any other is asked for (so <c>Select-Object -First 3</c> costs one request); the
        /// pages it announces are then fetched up to -ThrottleLimit at once, one more waiting to go out the moment an
        /// answer is in, and written in page order.
        /// </summary>
        /// <param name="fetchPage">(pageNum, pageSize, token) → that page.</param>
        /// <param name="keyOf">The item's id: pages that overlap (an item moved while the list was read) are de-duplicated by it.</param>
        /// <param name="nameOf">The name <paramref name="nameFilter"/> checks; null when the listing has no name filter.</param>
        /// <param name="reportTotal">Write the -IncludeTotalCount object for this listing.</param>
        /// <param name="keysAreIds">The key is the id requests name the item by: an item whose id is below 1 cannot be read, changed or
        /// piped on, so it is left out with an error. False for log entries, whose ids are only their order.</param>
        /// <param name="complete">Fills in what the page does not carry, on the pipeline thread just before the item is
        /// written, so -First and -Skip pay only for the items written.</param>
        /// <returns>How many items the service counts (its first page's total); null when no page was read.</returns>
        private protected long? WriteList<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, Func<T, long> keyOf, MmsReference target,
            NameFilter? nameFilter = null, Func<T, string?>? nameOf = null, bool reportTotal = false, bool keysAreIds = true, Action<T>? complete = null)
        {
            DrainWindow();
            PagingCounter paging = Paging;
            // -First 0 -IncludeTotalCount is the way to ask for the count alone: the first page is still read for it.
            bool countOnly = reportTotal && PagingParameters != null && PagingParameters.IncludeTotalCount && PagingParameters.First == 0;
            if (paging.IsFull && !countOnly)
            {
                return null;
            }
            var filter = nameFilter ?? new NameFilter();
            var writer = new ListWriter<T>(keyOf, item => (keysAreIds && RefusedWithoutId(keyOf(item), item, target)) ||
                !filter.Matches(nameOf?.Invoke(item)) || paging.Offer(() =>
                {
                    complete?.Invoke(item);
                    WriteObject(item);
                }));
            var progress = new ProgressReporter(MyInvocation.MyCommand.Name, WriteProgress);
            progress.Start();
            try
            {
                return WriteList(fetchPage, target, reportTotal, filter, writer, paging, progress);
            }
            finally
            {
                progress.Complete();
            }
        }

        private long? WriteList<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, MmsReference target, bool reportTotal,
            NameFilter filter, ListWriter<T> writer, PagingCounter paging, ProgressReporter progress)
        {
            if (!TryAwaitPage(token => fetchPage(1, MmsApiClient.PageSize, token), target, out MmsPage<T>? first))
            {
                return null;
            }
            if (reportTotal && PagingParameters != null && PagingParameters.IncludeTotalCount)
            {
                // Exact only when every item the service counts is written (no client-side name filter).
                WriteObject(PagingParameters.NewTotalCount((ulong)first!.Total, filter.IsExactOnServer ? 1.0 : 0.5));
            }
            if (!writer.Write(first!) || first!.Items.Count == 0 || first.Items.Count == first.Total)
            {
                return first!.Total;
            }
            // The service's page size is not documented: if it answers fewer items than asked while its total says there
            // are more, that is its page size, and the later pages are numbered by it.
            int pageSize = Math.Min(first.Items.Count, MmsApiClient.PageSize);
            long lastPage = Math.Max(2, (first.Total + pageSize - 1) / pageSize);
            if (paging.StillWanted.HasValue && filter.IsExactOnServer)
            {
                // With -First and no client-side filter, every item offered counts: ask only for the pages that can be used.
                lastPage = Math.Min(lastPage, 1 + (long)((paging.StillWanted.Value + (ulong)pageSize - 1) / (ulong)pageSize));
            }
            WriteRemainingPages(fetchPage, target, writer, new PageRange(pageSize, lastPage, first.Total), progress, first.Items.Count);
            return first.Total;
        }

        private void WriteRemainingPages<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, MmsReference target,
            ListWriter<T> writer, PageRange range, ProgressReporter progress, long received)
        {
            long total = range.Total;
            long lastPage = range.LastPage;
            bool totalTooSmall = false;
            if (received > total)
            {
                // The first page alone holds more than the service counts: its total cannot say where the list ends.
                totalTooSmall = WarnTotalTooSmall(target, total, received);
            }
            using (var listing = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
            {
                var inFlight = new Queue<Task<MmsPage<T>>>();
                try
                {
                    for (int nextPage = 2, headPage = 2; inFlight.Count > 0 || nextPage <= lastPage; headPage++)
                    {
                        // One page more than the limit: the client holds it until a slot frees, so the next page goes
                        // out as soon as a page's answer is in, not after that page is written.
                        while (inFlight.Count < ThrottleLimit + 1 && nextPage <= lastPage)
                        {
                            inFlight.Enqueue(fetchPage(nextPage++, MmsApiClient.PageSize, listing.Token));
                        }
                        Task<MmsPage<T>> head = inFlight.Dequeue();
                        if (!TryAwaitPage(_ => head, target, out MmsPage<T>? page) || !writer.Write(page!))
                        {
                            break;
                        }
                        received += page!.Items.Count;
                        progress.Report(received, Math.Max(total, received), "Listing " + target);
                        if (headPage == lastPage && received > total && page.Items.Count >= range.PageSize)
                        {
                            // The pages hold more than the service counts and the last one it announced was full: the list
                            // goes on past its total. Read on, a page at a time, until one comes back short or empty.
                            totalTooSmall = totalTooSmall || WarnTotalTooSmall(target, total, received);
                            lastPage++;
                        }
                    }
                    if (totalTooSmall)
                    {
                        WriteVerbose("The listing of " + target + " held " + received + " item(s); the service counted " + total + ".");
                    }
                    ReportAnomalies(writer, target);
                }
                finally
                {
                    // Enough items, a failure, a repeated page or Ctrl+C: what is still in flight is not needed.
                    listing.Cancel();
                    foreach (Task<MmsPage<T>> abandoned in inFlight)
                    {
                        abandoned.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                    }
                }
            }
        }

        /// <summary>True (the item is left out, with an error about it) when the service listed it with an id no request can name.</summary>
        private bool RefusedWithoutId(long id, object? item, MmsReference target)
        {
            if (id >= 1)
            {
                return false;
            }
            WriteError(ErrorRecords.Create(MmsErrorIds.InvalidResponse,
                "The service listed an item of " + target + " with the id " + id + ", which no request can name (ids are whole numbers from 1); " +
                "it was left out and the listing went on.", item, "The item is this error's TargetObject; list again later, or report the answer to the service."));
            return true;
        }

        /// <summary>Says once that a listing's total is below what its pages hold, so the listing reads on past it; returns true.</summary>
        private bool WarnTotalTooSmall(MmsReference target, long total, long received)
        {
            WriteWarning("The service counts " + total + " item(s) in the listing of " + target + ", but its pages hold more (" + received +
                         " so far); reading on until a page comes back short or empty. A -IncludeTotalCount of this listing is the service's count.");
            return true;
        }

        /// <summary>The pages a listing's first page announces: numbered by PageSize, up to LastPage, for Total items.</summary>
        private readonly struct PageRange
        {
            public PageRange(int pageSize, long lastPage, long total)
            {
                PageSize = pageSize;
                LastPage = lastPage;
                Total = total;
            }

            public int PageSize { get; }
            public long LastPage { get; }
            public long Total { get; }
        }

        private void ReportAnomalies<T>(ListWriter<T> writer, MmsReference target)
        {
            if (writer.RepeatedPage > 0)
            {
                WriteWarning("The service returned page " + (writer.RepeatedPage - 1) + " again as page " + writer.RepeatedPage +
                             "; stopping the listing of " + target + ".");
            }
            if (writer.Duplicates > 0)
            {
                WriteVerbose(writer.Duplicates + " item(s) of " + target + " appeared on two pages (they moved while the list was read) and were written once.");
            }
        }

        private bool TryAwaitPage<T>(Func<CancellationToken, Task<MmsPage<T>>> call, MmsReference target, out MmsPage<T>? page)
        {
            try
            {
                page = AwaitOnPipeline(call);
                return true;
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, target));
                page = null;
                return false;
            }
        }

        /// <summary>-Skip/-First for cmdlets that declare SupportsPaging; unlimited for the others.</summary>
        private PagingCounter Paging => _paging ?? (_paging = new PagingCounter(PagingParameters));
    }
}
