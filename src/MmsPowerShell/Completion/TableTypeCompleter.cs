using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes Get-MmsTable -Type: first the types the tables of the -SourceId (and -DbName) on the command line
    /// carry (first page; the service matches the type exactly, and the samples in its reference spell one
    /// MANAGED_TABLED), then the Hive metastore's table types, which need no request.
    /// </summary>
    public sealed class TableTypeCompleter : MmsCompleter
    {
        /// <summary>The table types of a Hive metastore (org.apache.hadoop.hive.metastore.TableType).</summary>
        internal static readonly IReadOnlyList<string> HiveTypes = new[] { "MANAGED_TABLE", "EXTERNAL_TABLE", "VIRTUAL_VIEW", "MATERIALIZED_VIEW" };

        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound)
        {
            List<MmsTable> tables = TableCandidates.Load(bound, string.Empty).Where(t => !string.IsNullOrEmpty(t.Type)).ToList();
            IEnumerable<(string Type, string Tooltip)> seen = tables
                .GroupBy(t => t.Type!, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Key + ": " + g.Count() + " of the " + tables.Count + " tables listed first, e.g. " + TableCandidates.Tooltip(g.First())));
            IEnumerable<(string Type, string Tooltip)> known = HiveTypes
                .Where(type => tables.All(t => t.Type != type))
                .Select(type => (type, type + " (a Hive table type)"));
            return CompletionSource.Names(seen.Concat(known), wordToComplete, t => t.Type, t => t.Tooltip);
        }
    }
}
