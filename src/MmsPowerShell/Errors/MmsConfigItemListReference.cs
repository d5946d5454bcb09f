using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target of an error while listing the config items of a data source type; Type binds back to Get-MmsDataSourceConfigItem.</summary>
    public sealed class MmsConfigItemListReference : MmsReference
    {
        public MmsConfigItemListReference(string type)
        {
            Type = type;
        }

        public string Type { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        public override string ToString() => "the config items of data source type " + Type;
    }
}
