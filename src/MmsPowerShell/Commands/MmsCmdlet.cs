using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What every MMS cmdlet shares: the connection parameters, resolving them once per invocation,
    /// a cancellation token that Ctrl+C trips, and turning failures into proper ErrorRecords.
    /// </summary>
    public abstract class MmsCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly ConcurrentQueue<string> _verbose = new ConcurrentQueue<string>();
        private MmsApiClient? _client;

        /// <summary>Region id, e.g. cn-hangzhou; the endpoint is https://maxcompute.&lt;region&gt;.aliyuncs.com.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Region { get; set; }

        /// <summary>Endpoint URI; overrides -Region. http:// is accepted only for loopback hosts.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Endpoint { get; set; }

        /// <summary>A profile of the aliyun CLI file ~/.aliyun/config.json.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ProfileName { get; set; }

        /// <summary>AccessKey ID as the user name and the AccessKey secret as the password.</summary>
        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        /// <summary>The STS token that goes with a temporary -Credential.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? SecurityToken { get; set; }

        /// <summary>How many times a throttled, failed (5xx), unreachable or timed-out request is retried.</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; } = RetryPolicy.Default.MaxAttempts - 1;

        /// <summary>Seconds one attempt may take, from sending to the last byte of the answer.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = (int)RetryPolicy.Default.AttemptTimeout.TotalSeconds;

        /// <summary>The API client, resolving the connection the first time a cmdlet needs it.</summary>
        protected MmsApiClient Client => _client ?? (_client = CreateClient());

        public void Dispose() => _stopping.Dispose();

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Waits for a request on the pipeline thread, then writes the verbose lines it queued.</summary>
        protected T Await<T>(Func<CancellationToken, Task<T>> call)
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

        /// <summary>Runs one item's request; a failure becomes a non-terminating error so the rest of the pipeline goes on.</summary>
        protected void WriteEachResult<T>(Func<CancellationToken, Task<T>> call, object target, string notFoundErrorId, Action<T> write)
        {
            T result;
            try
            {
                result = Await(call);
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, target, notFoundErrorId));
                return;
            }
            write(result);
        }

        private MmsApiClient CreateClient()
        {
            MmsConnection connection;
            try
            {
                connection = new ConnectionResolver(ProcessEnvironment.Instance).Resolve(new ConnectionOptions
                {
                    Region = Region,
                    Endpoint = Endpoint,
                    ProfileName = ProfileName,
                    Credentials = ExplicitCredentials(),
                });
            }
            catch (MmsConfigurationException e)
            {
                ThrowTerminatingError(ErrorRecords.FromConfigurationError(e));
                throw; // not reached: ThrowTerminatingError always throws
            }
            WriteVerbose("Endpoint " + connection.Endpoint + "; credentials from " + connection.Credentials.Source +
                         " (AccessKey ID " + Redaction.AccessKeyId(connection.Credentials.AccessKeyId) + ")");
            var retry = new RetryPolicy(MaximumRetryCount + 1, TimeSpan.FromSeconds(TimeoutSec));
            return new MmsApiClient(connection, MmsHttpClientFactory.CreateClient(), _verbose.Enqueue, retry: retry);
        }

        private MmsCredentials? ExplicitCredentials()
        {
            if (Credential == null)
            {
                if (SecurityToken != null)
                {
                    ThrowTerminatingError(ErrorRecords.FromConfigurationError(new MmsConfigurationException(
                        "MmsSecurityTokenWithoutCredential", "-SecurityToken goes with -Credential (the temporary AccessKey pair it belongs to).")));
                }
                return null;
            }
            string secret = Credential.GetNetworkCredential().Password;
            if (string.IsNullOrEmpty(Credential.UserName) || string.IsNullOrEmpty(secret))
            {
                ThrowTerminatingError(ErrorRecords.FromConfigurationError(new MmsConfigurationException(
                    "MmsCredentialsIncomplete", "-Credential needs the AccessKey ID as user name and the AccessKey secret as password.")));
            }
            return new MmsCredentials(Credential.UserName, secret, SecurityToken, "-Credential");
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
