using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

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
            IReadOnlyList<MmsTask> tasks = CompletionSource.LoadForSource(fakeBoundParameters, "tasks",
                (client, sourceId, token) => client.ListTasksAsync(sourceId, new MmsTaskQuery(), 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items);
            return CompletionSource.Ids(tasks, wordToComplete, t => t.TaskId, t => t.SrcDbName + "." + t.SrcTableName,
                t => t.SrcDbName + "." + t.SrcTableName + " (" + t.Status + ")");
        }
    }
}
