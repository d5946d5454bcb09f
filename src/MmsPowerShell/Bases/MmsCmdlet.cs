using System.Collections.Concurrent;
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
    /// One class over several files, one concern each: the connection and client here, by-id requests in
    /// MmsCmdlet.Requests.cs, listings in MmsCmdlet.Lists.cs.
    /// </summary>
    public abstract partial class MmsCmdlet : MmsConnectionCmdlet, IDisposable
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
                verbose ? _verbose.Enqueue : (Action<string>?)null, retry: retry, maxInFlight: ThrottleLimit);
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
    }
}
