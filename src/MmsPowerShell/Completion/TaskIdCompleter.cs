using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes -TaskId with the ids of the source's tasks (first page), their tables and states as tooltips. Not
    /// narrowed by -JobId: on Get-MmsTask the two are in different parameter sets, so a line with both cannot run.
    /// </summary>
    public sealed class TaskIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            long? sourceId = CompletionSource.BoundLong(fakeBoundParameters, "SourceId");
            if (sourceId == null)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            string prefix = CompletionSource.Prefix(wordToComplete);
            return CompletionSource.Load(fakeBoundParameters, "tasks|" + sourceId,
                    (client, token) => client.ListTasksAsync(sourceId.Value, new MmsTaskQuery(), 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items)
                .Where(t => t.TaskId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal))
                .Select(t => new CompletionResult(t.TaskId.ToString(CultureInfo.InvariantCulture), t.TaskId + " " + t.SrcDbName + "." + t.SrcTableName,
                    CompletionResultType.ParameterValue, t.SrcDbName + "." + t.SrcTableName + " (" + t.Status + ")"));
        }
    }
}
