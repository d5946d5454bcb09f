using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -TableId with the ids of the source's tables, their names as tooltips.</summary>
    public sealed class TableIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            return CompletionSource.Ids(TableCandidates.Load(fakeBoundParameters, string.Empty), wordToComplete, t => t.TableId, t => t.Name,
                TableCandidates.Tooltip);
        }
    }
}
