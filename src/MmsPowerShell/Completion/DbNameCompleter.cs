using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes database names of the -SourceId already on the command line.</summary>
    public sealed class DbNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = CompletionSource.Prefix(wordToComplete);
            return DatabaseCandidates.Load(fakeBoundParameters)
                .Where(db => (db.DbName ?? string.Empty).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(db => new CompletionResult(CompletionSource.Quote(db.DbName!), db.DbName, CompletionResultType.ParameterValue,
                    db.DbName + ": " + db.TablesDone + "/" + db.TableCount + " tables done, " + db.Status));
        }
    }
}
