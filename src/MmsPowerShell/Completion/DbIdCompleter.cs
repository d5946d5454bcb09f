using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -DbId with the ids of the source's databases (first page), their names and states as tooltips.</summary>
    public sealed class DbIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            return CompletionSource.Ids(DatabaseCandidates.Load(fakeBoundParameters), wordToComplete, db => db.DbId, db => db.DbName,
                db => db.DbName + " (" + db.Status + ")");
        }
    }
}
