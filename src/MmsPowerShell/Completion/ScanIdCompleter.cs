using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes -ScanId with the latest scan of the -SourceId on the command line (the data source's ScanId, from
    /// GetMmsDataSource), its state as tooltip. The service has no operation that lists scans, so that one id is all
    /// there is to offer.
    /// </summary>
    public sealed class ScanIdCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Ids(
                CompletionSource.LoadForSource(bound, "source",
                    (client, sourceId, token) => new[] { client.GetDataSourceAsync(sourceId, token).GetAwaiter().GetResult() }).Where(s => s.ScanId > 0),
                wordToComplete, s => s.ScanId, _ => "latest scan", s => "The latest scan of " + s.Name + " (" + s.ScanStatus + ")");
    }
}
