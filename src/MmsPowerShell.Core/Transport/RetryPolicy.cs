using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Http
{
    /// <summary>When to try a request again and how long to wait: exponential backoff with full jitter.</summary>
    public sealed class RetryPolicy
    {
        public static readonly RetryPolicy Default = new RetryPolicy(4, TimeSpan.FromSeconds(30));

        public RetryPolicy(int maxAttempts, TimeSpan attemptTimeout, TimeSpan? baseDelay = null, TimeSpan? maxDelay = null, TimeSpan? maxRetryAfter = null)
        {
            if (maxAttempts < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxAttempts), "At least one attempt is needed.");
            }
            if (attemptTimeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(attemptTimeout), "The attempt timeout must be positive.");
            }
            MaxAttempts = maxAttempts;
            AttemptTimeout = attemptTimeout;
            BaseDelay = baseDelay ?? TimeSpan.FromMilliseconds(200);
            MaxDelay = maxDelay ?? TimeSpan.FromSeconds(20);
            MaxRetryAfter = maxRetryAfter ?? TimeSpan.FromSeconds(60);
        }

        public int MaxAttempts { get; }

        /// <summary>Deadline for one attempt, from sending to the last byte of the answer.</summary>
        public TimeSpan AttemptTimeout { get; }

        public TimeSpan BaseDelay { get; }

        public TimeSpan MaxDelay { get; }

        /// <summary>A server's Retry-After is honoured up to this, so a bad header cannot park a runbook for hours.</summary>
        public TimeSpan MaxRetryAfter { get; }

        /// <summary>
        /// Throttling, 5xx gateway failures, connection failures and timeouts are worth another try;
        /// client errors, authentication and bad answers are not (they would fail the same way again).
        /// A state-changing request is retried only when throttled: the service then says it did not act on it,
        /// while after a 5xx, a timeout or a reset the change may have happened, and doing it twice (two jobs)
        /// is worse than an error.
        /// </summary>
        public static bool IsRetryable(MmsApiException error, ApiRequest request)
        {
            if (!request.IsSafeToRepeat)
            {
                return error.Kind == MmsErrorKind.Throttling;
            }
            switch (error.Kind)
            {
                case MmsErrorKind.Throttling:
                case MmsErrorKind.ConnectionFailed:
                case MmsErrorKind.Timeout:
                    return true;
                case MmsErrorKind.ServerError:
                case MmsErrorKind.InvalidResponse:
                    // A garbled answer with a transient status (a proxy's 502 page) is worth another try; a
                    // garbled 200 is not.
                    int status = error.HttpStatus;
                    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
                default:
                    return false;
            }
        }

        /// <summary>The wait before retry number <paramref name="retry"/> (1 = the first retry).</summary>
        /// <param name="jitter">A value in [0, 1) drawn by the caller.</param>
        public TimeSpan DelayBefore(int retry, TimeSpan? retryAfter, double jitter)
        {
            if (retryAfter.HasValue)
            {
                return retryAfter.Value < MaxRetryAfter ? retryAfter.Value : MaxRetryAfter;
            }
            double ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1));
            return TimeSpan.FromMilliseconds(ceiling * jitter);
        }
    }
}
