using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes Get-MmsDataSource -Name from the data sources the connection can see, their ids as tooltips.</summary>
    public sealed class DataSourceNameCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Names(
                CompletionSource.Load(bound, "sources", (client, token) => client.ListDataSourcesAsync(1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items),
                wordToComplete, s => s.Name, s => s.Name + " (" + s.SourceId + ", " + s.Type + ")");
    }
}
