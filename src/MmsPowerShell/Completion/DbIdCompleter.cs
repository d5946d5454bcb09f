using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
            string prefix = CompletionSource.Prefix(wordToComplete);
            return DatabaseCandidates.Load(fakeBoundParameters)
                .Where(db => db.DbId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal))
                .Select(db => new CompletionResult(db.DbId.ToString(CultureInfo.InvariantCulture), db.DbId + " " + db.DbName,
                    CompletionResultType.ParameterValue, db.DbName + " (" + db.Status + ")"));
        }
    }
}
