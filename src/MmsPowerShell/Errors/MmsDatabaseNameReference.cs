using System.Management.Automation;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>The target object of an error about a database named by -DbName; SourceId and DbName bind back by property name.</summary>
    public sealed class MmsDatabaseNameReference : MmsReference
    {
        public MmsDatabaseNameReference(long sourceId, string dbName)
        {
            SourceId = sourceId;
            DbName = dbName;
        }

        public long SourceId { get; }

        public string DbName { get; }

        internal override MmsErrorId NotFoundErrorId => MmsErrorIds.DatabaseNotFound;

        public override string ToString() => "source " + SourceId + ", database '" + DbName + "'";

        /// <summary>The error for a database name the source does not have, given as <paramref name="parameterName"/>.</summary>
        internal ErrorRecord NotFoundError(string parameterName) =>
            ErrorRecords.Create(NotFoundErrorId, this + " was not found.", this,
                "List the databases with Get-MmsDatabase -SourceId " + SourceId + " (-" + parameterName + " completes them).");
    }
}
