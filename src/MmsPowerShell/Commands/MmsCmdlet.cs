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
    /// a cancellation token that Ctrl+C trips, ordered concurrency, paging, and failures as ErrorRecords.
    /// </summary>
    public abstract class MmsCmdlet : MmsConnectionCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly ConcurrentQueue<string> _verbose = new ConcurrentQueue<string>();
        private MmsApiClient? _client;
        private OrderedWindow<PendingRequest>? _window;

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
        public int ThrottleLimit { get; set; } = 8;

        /// <summary>The API client, resolving the connection the first time a cmdlet needs it.</summary>
        protected MmsApiClient Client => _client ?? (_client = CreateClient());

        public void Dispose() => _stopping.Dispose();

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>
        /// Starts one item's request and writes finished results in input order. Up to -ThrottleLimit
        /// requests run at once; a failure becomes a non-terminating error in its place in the order,
        /// so the rest of the pipeline goes on.
        /// </summary>
        protected void QueueRequest<T>(Func<CancellationToken, Task<T>> call, object target, string notFoundErrorId, Action<T> write)
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
                    WriteError(ErrorRecords.FromApiError(e, target, notFoundErrorId));
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
        /// Walks a list operation page by page, writing items as each page arrives, until the list ends,
        /// <paramref name="write"/> returns false (enough items), or the service repeats a page.
        /// </summary>
        protected void WritePages<T>(Func<int, int, CancellationToken, Task<MmsPage<T>>> fetchPage, Func<T, long> keyOf,
            object target, string notFoundErrorId, Func<T, bool> write, Action<long>? onTotal = null)
        {
            DrainWindow();
            long? previousFirstKey = null;
            long seen = 0;
            for (int pageNum = 1; ; pageNum++)
            {
                MmsPage<T> page;
                try
                {
                    int current = pageNum;
                    page = AwaitOnPipeline(token => fetchPage(current, ListPageSize, token));
                }
                catch (MmsApiException e)
                {
                    WriteError(ErrorRecords.FromApiError(e, target, notFoundErrorId));
                    return;
                }
                if (pageNum == 1)
                {
                    onTotal?.Invoke(page.Total);
                }
                if (page.Items.Count == 0)
                {
                    return;
                }
                long firstKey = keyOf(page.Items[0]);
                if (firstKey == previousFirstKey)
                {
                    WriteWarning("The service returned page " + (pageNum - 1) + " again as page " + pageNum + "; stopping the listing of " + target + ".");
                    return;
                }
                previousFirstKey = firstKey;
                foreach (T item in page.Items)
                {
                    if (!write(item))
                    {
                        return;
                    }
                }
                seen += page.Items.Count;
                if (seen >= page.Total || page.Items.Count < ListPageSize)
                {
                    return;
                }
            }
        }

        /// <summary>Page size asked of list operations; the service caps it at 100.</summary>
        protected const int ListPageSize = 100;

        /// <summary>Waits for one call on the pipeline thread; Ctrl+C ends the pipeline.</summary>
        protected T AwaitOnPipeline<T>(Func<CancellationToken, Task<T>> call)
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
            return new MmsApiClient(connection, MmsHttpClientFactory.CreateClient(Proxy ?? MmsSession.Current?.Proxy), _verbose.Enqueue, retry: retry);
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
