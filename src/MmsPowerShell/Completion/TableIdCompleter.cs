using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Commands;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -TableId with the ids of the source's tables, their names as tooltips.</summary>
    public sealed class TableIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = CompletionSource.Prefix(wordToComplete);
            return TableCandidates.Load(fakeBoundParameters, string.Empty)
                .Where(t => t.TableId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal))
                .Select(t => new CompletionResult(t.TableId.ToString(CultureInfo.InvariantCulture), t.TableId + " " + t.Name,
                    CompletionResultType.ParameterValue, TableCandidates.Tooltip(t)));
        }
    }
}
