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
    /// <summary>Completes -TaskId with the ids of the source's tasks (first page), only the -JobId job's when one is typed, their tables and states as tooltips.</summary>
    public sealed class TaskIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            long? sourceId = CompletionSource.TypedLong(fakeBoundParameters, commandAst, "SourceId");
            if (sourceId == null)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            long? jobId = CompletionSource.TypedLong(fakeBoundParameters, commandAst, "JobId");
            string prefix = CompletionSource.Prefix(wordToComplete);
            return CompletionSource.Load(fakeBoundParameters, "tasks|" + sourceId + "|" + jobId,
                    (client, token) => client.ListTasksAsync(sourceId.Value, new MmsTaskQuery { JobId = jobId }, 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items)
                .Where(t => t.TaskId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal))
                .Select(t => new CompletionResult(t.TaskId.ToString(CultureInfo.InvariantCulture), t.TaskId + " " + t.SrcDbName + "." + t.SrcTableName,
                    CompletionResultType.ParameterValue, t.SrcDbName + "." + t.SrcTableName + " (" + t.Status + ")"));
        }
    }
}
