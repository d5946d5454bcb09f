using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Session;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What every cmdlet that calls the service shares: the request parameters, one client per invocation,
    /// a cancellation token that Ctrl+C trips, ordered concurrency for by-id calls, one list path for every
    /// list operation, and failures as ErrorRecords.
    /// </summary>
    public abstract class MmsCmdlet : MmsConnectionCmdlet, IDisposable
    {
        /// <summary>Requests in flight at once by default: enough to hide latency, few enough not to be throttled.</summary>
        public const int DefaultThrottleLimit = 8;

        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly ConcurrentQueue<string> _verbose = new ConcurrentQueue<string>();
        private MmsApiClient? _client;
        private OrderedWindow<PendingRequest>? _window;
        private PagingCounter? _paging;

        /// <summary>How many times a throttled, failed (5xx), unreachable or timed-out request is retried.</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; } = RetryPolicy.Default.MaxAttempts - 1;

        /// <summary>Seconds one attempt may take, from sending to the last byte of the answer.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = (int)RetryPolicy.Default.AttemptTimeout.TotalSeconds;

        /// <summary>How many requests may be in flight at once; 1 sends them one after another.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        /// <summary>The API client, resolving the connection the first time a cmdlet needs it.</summary>
        protected MmsApiClient Client => _client ?? (_client = CreateClient());

        /// <summary>Trips when the user presses Ctrl+C (StopProcessing).</summary>
        protected CancellationToken StopToken => _stopping.Token;

        public void Dispose() => _stopping.Dispose();

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>A value type parameter's value when the user gave it, else null (so "not given" differs from its default).</summary>
        protected T? BoundValue<T>(string parameterName, T value)
            where T : struct =>
            MyInvocation.BoundParameters.ContainsKey(parameterName) ? value : (T?)null;

        /// <summary>
        /// Starts one item's request and writes finished results in input order. Up to -ThrottleLimit
        /// requests run at once; a failure becomes a non-terminating error in its place in the order,
        /// so the rest of the pipeline goes on.
        /// </summary>
        protected void QueueRequest<T>(Func<CancellationToken, Task<T>> call, MmsReference target, Action<T> write)
        {
            Task<T> task = call(_stopping.Token);
            var pending = new PendingRequest(task, () =>
            {
                try
                {
                    write(task.GetAwaiter().GetResult());
                }
                catch (MmsApiException e)
                {
                    WriteError(ErrorRecords.FromApiError(e, target));
                }
            });
            Emit(Window.Add(pending));
        }

        /// <summary>Writes what is still in flight when the input ends.</summary>
        protected override void EndProcessing() => DrainWindow();

        /// <summary>Writes every queued result, so output written next stays in input order.</summary>
        protected void DrainWindow()
        {
            while (Window.Count > 0)
            {
                Emit(new[] { Window.WaitForHead() });
            }
            FlushVerbose();
        }

        /// <summary>
        /// The one list path: writes the items of a list operation in the service's order, filtered by
        /// <paramref name="nameFilter"/> and cut by -Skip/-First where the cmdlet supports paging. The first page
        /// is written before any other is asked for (so <c>Select-Object -First 3</c> costs one request); the
        /// pages it announces are then fetched up to -ThrottleLimit at once and written in page order.
        /// </summary>
        /// <param name="fetchPage">(pageNum, pageSize, token) → that page.</param>
        /// <param name="keyOf">The item's id: pages that overlap (an item moved while the list was read) are de-duplicated by it.</param>
        /// <param name="nameOf">The name <paramref name="nameFilter"/> checks; null when the listing has no name filter.</param>
        /// <param name="reportTotal">Write the -IncludeTotalCount object for this listing.</param>
        private protected void WriteList<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, Func<T, long> keyOf, MmsReference target,
            NameFilter? nameFilter = null, Func<T, string?>? nameOf = null, bool reportTotal = false)
        {
            DrainWindow();
            PagingCounter paging = Paging;
            if (paging.IsFull)
            {
                return;
            }
            var filter = nameFilter ?? new NameFilter();
            var writer = new ListWriter<T>(keyOf, item => !filter.Matches(nameOf?.Invoke(item)) || paging.Offer(() => WriteObject(item)));
            if (!TryAwaitPage(token => fetchPage(1, MmsApiClient.PageSize, token), target, out MmsPage<T>? first))
            {
                return;
            }
            if (reportTotal && PagingParameters != null && PagingParameters.IncludeTotalCount)
            {
                // Exact only when every item the service counts is written (no client-side name filter).
                WriteObject(PagingParameters.NewTotalCount((ulong)first!.Total, filter.IsExactOnServer ? 1.0 : 0.5));
            }
            if (!writer.Write(first!) || first!.Items.Count < MmsApiClient.PageSize || first.Items.Count >= first.Total)
            {
                return;
            }
            long lastPage = (first.Total + MmsApiClient.PageSize - 1) / MmsApiClient.PageSize;
            if (paging.StillWanted.HasValue && filter.IsExactOnServer)
            {
                // With -First and no client-side filter, every item offered counts: ask only for the pages that can be used.
                lastPage = Math.Min(lastPage, 1 + (long)((paging.StillWanted.Value + MmsApiClient.PageSize - 1) / MmsApiClient.PageSize));
            }
            WriteRemainingPages(fetchPage, target, writer, lastPage);
        }

        private void WriteRemainingPages<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, MmsReference target,
            ListWriter<T> writer, long lastPage)
        {
            using (var listing = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
            {
                var inFlight = new Queue<Task<MmsPage<T>>>();
                try
                {
                    for (int nextPage = 2; inFlight.Count > 0 || nextPage <= lastPage;)
                    {
                        while (inFlight.Count < ThrottleLimit && nextPage <= lastPage)
                        {
                            inFlight.Enqueue(fetchPage(nextPage++, MmsApiClient.PageSize, listing.Token));
                        }
                        Task<MmsPage<T>> head = inFlight.Dequeue();
                        if (!TryAwaitPage(_ => head, target, out MmsPage<T>? page) || !writer.Write(page!))
                        {
                            break;
                        }
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

        /// <summary>Waits for one call on the pipeline thread; Ctrl+C ends the pipeline.</summary>
        protected internal T AwaitOnPipeline<T>(Func<CancellationToken, Task<T>> call)
        {
            try
            {
                return call(_stopping.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            finally
            {
                FlushVerbose();
            }
        }

        /// <summary>-Skip/-First for cmdlets that declare SupportsPaging; unlimited for the others.</summary>
        private PagingCounter Paging => _paging ?? (_paging = new PagingCounter(PagingParameters));

        private OrderedWindow<PendingRequest> Window =>
            _window ?? (_window = new OrderedWindow<PendingRequest>(ThrottleLimit, pending => pending.Task));

        private void Emit(IEnumerable<PendingRequest> finished)
        {
            try
            {
                foreach (PendingRequest pending in finished)
                {
                    pending.Emit();
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            finally
            {
                FlushVerbose();
            }
        }

        private MmsApiClient CreateClient()
        {
            MmsConnection connection = ResolveConnection(MmsSession.Current);
            WriteVerbose("Endpoint " + connection.Endpoint + "; credentials from " + connection.Credentials.Source +
                         " (AccessKey ID " + Redaction.AccessKeyId(connection.Credentials.AccessKeyId) + ")");
            var retry = new RetryPolicy(MaximumRetryCount + 1, TimeSpan.FromSeconds(TimeoutSec));
            var transport = new MmsTransport(connection, MmsHttpClientFactory.CreateClient(Proxy ?? MmsSession.Current?.ProxyUri), _verbose.Enqueue, retry: retry);
            return new MmsApiClient(transport);
        }

        private void FlushVerbose()
        {
            while (_verbose.TryDequeue(out string? line))
            {
                WriteVerbose(line);
            }
        }

        /// <summary>A request in flight and how to write its outcome on the pipeline thread.</summary>
        private sealed class PendingRequest
        {
            public PendingRequest(Task task, Action emit)
            {
                Task = task;
                Emit = emit;
            }

            public Task Task { get; }

            public Action Emit { get; }
        }
    }
}
