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

        internal override string OutcomeCheck => "Get-MmsDataSource -SourceId " + SourceId;

        public override string ToString() => "data source " + SourceId;
    }
}
