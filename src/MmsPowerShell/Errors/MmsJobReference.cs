using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The target object of a per-job error. Its property names match -SourceId/-JobId, so
    /// <c>$Error.TargetObject | Get-MmsJob</c> looks again at exactly the jobs that failed.
    /// </summary>
    public sealed class MmsJobReference : MmsReference
    {
        public MmsJobReference(long sourceId, long jobId)
        {
            SourceId = sourceId;
            JobId = jobId;
        }

        public long SourceId { get; }

        public long JobId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.JobNotFound;

        internal override string OutcomeCheck => "Get-MmsJob -SourceId " + SourceId + " -JobId " + JobId;

        public override string ToString() => "source " + SourceId + ", job " + JobId;
    }
}
