using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target of an error while creating a data source: its name (which binds to Get-MmsDataSource -Name).</summary>
    public sealed class MmsNewDataSourceReference : MmsReference
    {
        public MmsNewDataSourceReference(string name)
        {
            Name = name;
        }

        public string Name { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        internal override string OutcomeCheck => "Get-MmsDataSource -Name " + LiteralNameArgument(Name);

        public override string ToString() => "new data source '" + Name + "'";
    }
}
