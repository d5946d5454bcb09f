using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes -TaskId with the ids of the source's tasks (first page), their tables and states as tooltips. Not
    /// narrowed by -JobId: on Get-MmsTask the two are in different parameter sets, so a line with both cannot run.
    /// </summary>
    public sealed class TaskIdCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Ids(
                CompletionSource.FirstPageOfSource(bound, "tasks", (client, sourceId, pageNum, pageSize, token) => client.ListTasksAsync(sourceId, new MmsTaskQuery(), pageNum, pageSize, token)),
                wordToComplete, t => t.TaskId, t => t.SrcDbName + "." + t.SrcTableName, t => t.SrcDbName + "." + t.SrcTableName + " (" + t.Status + ")");
    }
}
