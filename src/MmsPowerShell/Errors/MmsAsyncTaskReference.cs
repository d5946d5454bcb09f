using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target object of an error about an asynchronous task (GetMmsAsyncTask).</summary>
    public sealed class MmsAsyncTaskReference : MmsReference
    {
        public MmsAsyncTaskReference(long sourceId, long asyncTaskId)
        {
            SourceId = sourceId;
            AsyncTaskId = asyncTaskId;
        }

        public long SourceId { get; }

        public long AsyncTaskId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.AsyncTaskNotFound;

        public override string ToString() => "source " + SourceId + ", async task " + AsyncTaskId;
    }
}
