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
    /// <summary>Completes -JobId with the ids of the source's jobs (first page), their names and states as tooltips.</summary>
    public sealed class JobIdCompleter : IArgumentCompleter
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
            return CompletionSource.Load(fakeBoundParameters, "jobs|" + sourceId,
                    (client, token) => client.ListJobsAsync(sourceId.Value, new MmsJobQuery(), 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items)
                .Where(j => j.JobId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal))
                .Select(j => new CompletionResult(j.JobId.ToString(CultureInfo.InvariantCulture), j.JobId + " " + j.Name,
                    CompletionResultType.ParameterValue, j.Name + " (" + j.Status + ", " + j.SrcDbName + " -> " + j.DstDbName + ")"));
        }
    }
}
