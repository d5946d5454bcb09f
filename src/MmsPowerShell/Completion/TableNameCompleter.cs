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
    /// <summary>Completes -Name with the source's table names.</summary>
    public sealed class TableNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = CompletionSource.Prefix(wordToComplete);
            return TableCandidates.Load(fakeBoundParameters, prefix)
                .Select(t => new CompletionResult(CompletionSource.Quote(t.Name!), t.Name, CompletionResultType.ParameterValue, TableCandidates.Tooltip(t)));
        }
    }
}
