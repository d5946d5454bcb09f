using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target object of a per-database error; its properties bind back to Get-MmsDatabase.</summary>
    public sealed class MmsDatabaseReference : MmsReference
    {
        public MmsDatabaseReference(long sourceId, long dbId)
        {
            SourceId = sourceId;
            DbId = dbId;
        }

        public long SourceId { get; }

        public long DbId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DatabaseNotFound;

        internal override string OutcomeCheck => "Get-MmsDatabase -SourceId " + SourceId + " -DbId " + DbId;

        public override string ToString() => "source " + SourceId + ", database " + DbId;
    }
}
