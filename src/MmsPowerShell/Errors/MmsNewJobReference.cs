using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The target of an error about a job being created, which has no id yet: its source and name, which is how
    /// Get-MmsJob finds it (-SourceId, -Name). The only object CreateMmsJob can miss is the data source.
    /// </summary>
    public sealed class MmsNewJobReference : MmsReference
    {
        public MmsNewJobReference(long sourceId, string name)
        {
            SourceId = sourceId;
            Name = name;
        }

        public long SourceId { get; }

        public string Name { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        internal override string OutcomeCheck => "Get-MmsJob -SourceId " + SourceId + " -Name " + LiteralNameArgument(Name);

        public override string ToString() => "source " + SourceId + ", new job '" + Name + "'";
    }
}
