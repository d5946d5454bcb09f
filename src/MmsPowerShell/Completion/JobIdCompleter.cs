using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -JobId with the ids of the source's jobs (first page), their names and states as tooltips.</summary>
    public sealed class JobIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<MmsJob> jobs = CompletionSource.LoadForSource(fakeBoundParameters, "jobs",
                (client, sourceId, token) => client.ListJobsAsync(sourceId, new MmsJobQuery(), 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items);
            return CompletionSource.Ids(jobs, wordToComplete, j => j.JobId, j => j.Name, j => j.Name + " (" + j.Status + ", " + j.SrcDbName + " -> " + j.DstDbName + ")");
        }
    }
}
