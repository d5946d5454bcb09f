using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -JobId with the ids of the source's jobs (first page), their names and states as tooltips.</summary>
    public sealed class JobIdCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Ids(
                CompletionSource.FirstPageOfSource(bound, "jobs", (client, sourceId, pageNum, pageSize, token) => client.ListJobsAsync(sourceId, new MmsJobQuery(), pageNum, pageSize, token)),
                wordToComplete, j => j.JobId, j => j.Name, j => j.Name + " (" + j.Status + ", " + j.SrcDbName + " -> " + j.DstDbName + ")");
    }
}
