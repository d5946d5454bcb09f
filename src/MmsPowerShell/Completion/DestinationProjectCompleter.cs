using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes MaxCompute project names (never file names): the projects the data sources name as destinations
    /// (dstProject, dstProjects), and with -SourceId on the command line its databases' destinations too.
    /// </summary>
    public sealed class DestinationProjectCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound)
        {
            var sources = CompletionSource.Load(bound, "sources",
                (client, token) => client.ListDataSourcesAsync(1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items);
            long? sourceId = CompletionSource.BoundLong(bound, "SourceId");
            var candidates = new List<(string Project, string Tooltip)>();
            if (sourceId != null)
            {
                candidates.AddRange(DatabaseCandidates.Load(bound)
                    .Where(db => !string.IsNullOrEmpty(db.DestinationProject))
                    .Select(db => (db.DestinationProject!, db.DestinationProject + ": destination of database " + db.DbName)));
            }
            foreach (MmsDataSource source in sources.Where(s => sourceId == null || s.SourceId == sourceId))
            {
                candidates.AddRange(new[] { source.DestinationProject }.Concat(source.DestinationProjects)
                    .Where(p => !string.IsNullOrEmpty(p))
                    .Select(p => (p!, p + ": a destination project of data source " + source.SourceId + " (" + source.Name + ")")));
            }
            return CompletionSource.Names(
                candidates.GroupBy(c => c.Project, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase),
                wordToComplete, g => g.Key, g => g.First().Tooltip);
        }
    }
}
