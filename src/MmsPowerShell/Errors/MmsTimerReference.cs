using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target object of a per-timer error; SourceId and TimerId bind back to the timer cmdlets.</summary>
    public sealed class MmsTimerReference : MmsReference
    {
        public MmsTimerReference(long sourceId, long timerId)
        {
            SourceId = sourceId;
            TimerId = timerId;
        }

        public long SourceId { get; }

        public long TimerId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.TimerNotFound;

        internal override string OutcomeCheck => "Get-MmsTimer -SourceId " + SourceId + " -TimerId " + TimerId;

        public override string ToString() => "source " + SourceId + ", timer " + TimerId;
    }
}
