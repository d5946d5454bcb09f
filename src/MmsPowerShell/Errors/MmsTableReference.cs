using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The target object of a per-table error. Its property names match -SourceId/-TableId, so
    /// <c>$Error.TargetObject | Get-MmsTable</c> retries exactly the tables that failed.
    /// </summary>
    public sealed class MmsTableReference : MmsReference
    {
        public MmsTableReference(long sourceId, long tableId)
        {
            SourceId = sourceId;
            TableId = tableId;
        }

        public long SourceId { get; }

        public long TableId { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.TableNotFound;

        internal override string OutcomeCheck => "Get-MmsTable -SourceId " + SourceId + " -TableId " + TableId;

        public override string ToString() => "source " + SourceId + ", table " + TableId;
    }
}
