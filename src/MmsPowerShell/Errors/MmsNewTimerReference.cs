using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target of an error while creating a timer: its source and name.</summary>
    public sealed class MmsNewTimerReference : MmsReference
    {
        public MmsNewTimerReference(long sourceId, string name)
        {
            SourceId = sourceId;
            Name = name;
        }

        public long SourceId { get; }

        public string Name { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DataSourceNotFound;

        internal override string OutcomeCheck => "Get-MmsTimer -SourceId " + SourceId + " -Name " + LiteralNameArgument(Name);

        public override string ToString() => "new timer '" + Name + "' of source " + SourceId;
    }
}
