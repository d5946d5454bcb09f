using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target object of a per-task error; SourceId and TaskId bind back to Get-MmsTask and Get-MmsTaskLog.</summary>
    public sealed class MmsTaskReference : MmsReference
    {
        public MmsTaskReference(long sourceId, long taskId)
        {
            SourceId = sourceId;
            TaskId = taskId;
        }

        public long SourceId { get; }

        public long TaskId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.TaskNotFound;

        internal override string OutcomeCheck => "Get-MmsTask -SourceId " + SourceId + " -TaskId " + TaskId;

        public override string ToString() => "source " + SourceId + ", task " + TaskId;
    }
}
