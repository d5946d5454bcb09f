using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target of an error while running a timer: the timer, and the jobs of its runs as what to check.</summary>
    public sealed class MmsTimerRunReference : MmsReference
    {
        public MmsTimerRunReference(long sourceId, long timerId)
        {
            SourceId = sourceId;
            TimerId = timerId;
        }

        public long SourceId { get; }

        public long TimerId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.TimerNotFound;

        /// <summary>A run that happened shows as a job of the timer.</summary>
        internal override string OutcomeCheck => "Get-MmsJob -SourceId " + SourceId + " -TimerId " + TimerId;

        public override string ToString() => "source " + SourceId + ", timer " + TimerId;
    }
}
