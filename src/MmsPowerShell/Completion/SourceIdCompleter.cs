using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -SourceId from the data sources the connection can see, with their names as tooltips.</summary>
    public sealed class SourceIdCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound)
        {
            string prefix = CompletionSource.Prefix(wordToComplete);
            return CompletionSource.Load(bound, "sources", (client, token) => client.ListDataSourcesAsync(1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items)
                .Where(s => s.SourceId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal) ||
                            (s.Name ?? string.Empty).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => new CompletionResult(
                    s.SourceId.ToString(CultureInfo.InvariantCulture), s.SourceId + " " + s.Name, CompletionResultType.ParameterValue, s.Name + " (" + s.Type + ", " + s.Region + ")"));
        }
    }
}
