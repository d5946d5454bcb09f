using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target of an error while listing data sources: the list itself, which belongs to no source.</summary>
    public sealed class MmsDataSourceListReference : MmsReference
    {
        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        public override string ToString() => "the data sources";
    }
}
