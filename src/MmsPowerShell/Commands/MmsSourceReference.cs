using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target object of a per-source error; its SourceId binds back to -SourceId.</summary>
    public sealed class MmsSourceReference : MmsReference
    {
        public MmsSourceReference(long sourceId)
        {
            SourceId = sourceId;
        }

        public long SourceId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        public override string ToString() => "data source " + SourceId;
    }
}
