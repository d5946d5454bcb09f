using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Jobs
{
    /// <summary>One job's part of a poll round: its state, or the error that kept GetMmsJob from reading it.</summary>
    public sealed class MmsJobRead
    {
        public MmsJobRead(long jobId, MmsJob? job, MmsApiException? error)
        {
            JobId = jobId;
            Job = job;
            Error = error;
        }

        public long JobId { get; }

        public MmsJob? Job { get; }

        public MmsApiException? Error { get; }
    }
}
