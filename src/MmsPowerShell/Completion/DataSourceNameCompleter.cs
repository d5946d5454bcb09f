using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes Get-MmsDataSource -Name from the data sources the connection can see, their ids as tooltips.</summary>
    public sealed class DataSourceNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = CompletionSource.Prefix(wordToComplete);
            return CompletionSource.Load(fakeBoundParameters, "sources", (client, token) => client.ListDataSourcesAsync(1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items)
                .Where(s => s.Name != null && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => new CompletionResult(CompletionSource.Quote(s.Name!), s.Name, CompletionResultType.ParameterValue, s.Name + " (" + s.SourceId + ", " + s.Type + ")"));
        }
    }
}
