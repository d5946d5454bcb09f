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
    /// list operation, progress for both (Write-Progress, quiet for short calls), and failures as ErrorRecords.
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
        private ProgressReporter? _requestProgress;
        private long _requestsQueued;
        private long _requestsWritten;
        private long? _requestsExpected;
        private long _inputRows;

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
            _requestsQueued++;
            RequestProgress.Start();
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

        /// <summary>Writes an error in its place among the queued results, so it follows the output of earlier input.</summary>
        protected void QueueError(ErrorRecord error) =>
            Emit(Window.Add(new PendingRequest(Task.FromResult(true), () => WriteError(error))));

        /// <summary>
        /// Call first in ProcessRecord of a parameter set whose id array binds from the pipeline and carries
        /// <see cref="InputIdsAttribute"/>. True when the row's ids are usable; otherwise the error names the input
        /// row and the value: for pipeline input it takes the row's place in the output and the rest go on, for a
        /// value on the command line it ends the call, as a binding error would.
        /// </summary>
        protected bool AcceptInputIds(string parameterName, long[] ids)
        {
            _inputRows++;
            string? rejected = InputIdsAttribute.TakeRejected();
            if (rejected == null && ids.Length > 0)
            {
                return true;
            }
            string value = rejected == null ? "(none)" : "'" + rejected + "'";
            string row = MyInvocation.ExpectingInput ? "Input row " + _inputRows + ": " : string.Empty;
            ErrorRecord error = ErrorRecords.Create(MmsErrorIds.InvalidInputId,
                row + parameterName + " " + value + " is not an id (a whole number from 1)" + (MyInvocation.ExpectingInput ? "; the row was skipped." : "."),
                rejected, "Correct the " + parameterName + " value" + (MyInvocation.ExpectingInput ? " in row " + _inputRows + " of the input." : "."));
            if (!MyInvocation.ExpectingInput)
            {
                ThrowTerminatingError(error);
            }
            QueueError(error);
            return false;
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
            _requestProgress?.Complete();
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
        /// <param name="complete">Fills in what the page does not carry, on the pipeline thread just before the item is
        /// written, so -First and -Skip pay only for the items written.</param>
        /// <returns>How many items the service counts (its first page's total); null when no page was read.</returns>
        private protected long? WriteList<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, Func<T, long> keyOf, MmsReference target,
            NameFilter? nameFilter = null, Func<T, string?>? nameOf = null, bool reportTotal = false, Action<T>? complete = null)
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
            var writer = new ListWriter<T>(keyOf, item => !filter.Matches(nameOf?.Invoke(item)) || paging.Offer(() =>
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
            if (!writer.Write(first!) || first!.Items.Count == 0 || first.Items.Count >= first.Total)
            {
                return first!.Total;
            }
            // The service's page size is not documented: if it answers fewer items than asked while its total says there
            // are more, that is its page size, and the later pages are numbered by it.
            int pageSize = Math.Min(first.Items.Count, MmsApiClient.PageSize);
            long lastPage = (first.Total + pageSize - 1) / pageSize;
            if (paging.StillWanted.HasValue && filter.IsExactOnServer)
            {
                // With -First and no client-side filter, every item offered counts: ask only for the pages that can be used.
                lastPage = Math.Min(lastPage, 1 + (long)((paging.StillWanted.Value + (ulong)pageSize - 1) / (ulong)pageSize));
            }
            WriteRemainingPages(fetchPage, target, writer, lastPage, progress, first.Items.Count, first.Total);
            return first.Total;
        }

        private void WriteRemainingPages<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, MmsReference target,
            ListWriter<T> writer, long lastPage, ProgressReporter progress, long received, long total)
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
                        received += page!.Items.Count;
                        progress.Report(received, Math.Max(total, received), "Listing " + target);
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
                    _requestsWritten++;
                    RequestProgress.Report(_requestsWritten, RequestsExpected, "Requests answered");
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

        private ProgressReporter RequestProgress => _requestProgress ?? (_requestProgress = new ProgressReporter(MyInvocation.MyCommand.Name, WriteProgress));

        /// <summary>
        /// How many by-id requests this call makes, when it can be known: ids on the command line are the longest id
        /// array bound (ids are long[] throughout the module); pipeline input has no count until it ends.
        /// </summary>
        private long? RequestsExpected
        {
            get
            {
                if (MyInvocation.ExpectingInput)
                {
                    return null;
                }
                if (!_requestsExpected.HasValue)
                {
                    long longest = 0;
                    foreach (object? value in MyInvocation.BoundParameters.Values)
                    {
                        if (value is long[] ids)
                        {
                            longest = Math.Max(longest, ids.Length);
                        }
                    }
                    _requestsExpected = longest;
                }
                return Math.Max(_requestsExpected.Value, _requestsQueued);
            }
        }

        private MmsApiClient CreateClient()
        {
            MmsConnection connection = ResolveConnection(MmsSession.Current);
            bool verbose = WantsVerbose();
            if (verbose)
            {
                WriteVerbose("Endpoint " + connection.Endpoint + "; credentials from " + connection.Credentials.Source +
                             " (AccessKey ID " + Redaction.AccessKeyId(connection.Credentials.AccessKeyId) + ")");
            }
            var retry = new RetryPolicy(MaximumRetryCount + 1, TimeSpan.FromSeconds(TimeoutSec));
            var transport = new MmsTransport(connection, MmsHttpClientFactory.CreateClient(Proxy ?? MmsSession.Current?.ProxyUri),
                verbose ? _verbose.Enqueue : (Action<string>?)null, retry: retry);
            return new MmsApiClient(transport);
        }

        /// <summary>
        /// Whether verbose lines would be shown (-Verbose, or $VerbosePreference): when not, the transport does not
        /// build its per-request lines at all.
        /// </summary>
        private bool WantsVerbose()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Verbose", out object? verbose))
            {
                return verbose is SwitchParameter flag ? flag.IsPresent : LanguagePrimitives.IsTrue(verbose);
            }
            object? preference = GetVariableValue("VerbosePreference");
            preference = (preference as PSObject)?.BaseObject ?? preference;
            return preference is ActionPreference action && action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore;
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
