using MmsPowerShell.Commands;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes -Config from the config items of the -Type on the command line (for Set-MmsDataSource, the type of
    /// -SourceId's source). An empty word offers a whole hashtable of the required keys; a word offers the keys it
    /// starts, as hashtable entries, with each item's name and description as the tooltip.
    /// </summary>
    public sealed class ConfigKeyCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound)
        {
            string? type = BoundType(bound);
            if (type == null)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            IReadOnlyList<MmsDataSourceConfigItem> items = Load(bound, type);
            string prefix = CompletionSource.Prefix(wordToComplete).TrimStart('@', '{', ' ');
            var results = new List<CompletionResult>();
            if (prefix.Length == 0)
            {
                var required = items.Where(i => i.Required && i.Key != null).ToList();
                if (required.Count > 0)
                {
                    string skeleton = "@{ " + string.Join("; ", required.Select(i => Entry(i))) + " }";
                    results.Add(new CompletionResult(skeleton, "required keys of " + type, CompletionResultType.ParameterValue,
                        "The keys a new " + type + " data source needs: " + string.Join(", ", required.Select(i => i.Key))));
                }
            }
            results.AddRange(items
                .Where(i => i.Key != null && i.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(i => new CompletionResult("@{ " + Entry(i) + " }", i.Key, CompletionResultType.ParameterValue, Tooltip(i))));
            return results;
        }

        /// <summary>The config items of <paramref name="type"/> (English texts), or none on any failure.</summary>
        internal static IReadOnlyList<MmsDataSourceConfigItem> Load(IDictionary bound, string type) =>
            CompletionSource.Load(bound, "configItems|" + type,
                (client, token) => client.ListDataSourceConfigItemsAsync(type, ConfigItemLanguages.English, token).GetAwaiter().GetResult());

        /// <summary>The key, its value type, whether it is required or secret, its name and description.</summary>
        internal static string Tooltip(MmsDataSourceConfigItem item) =>
            item.Key + " (" + item.Type + (item.Required ? ", required" : string.Empty) + (item.IsSecret ? ", secret" : string.Empty) + "): " +
            item.Name + ". " + item.Description;

        /// <summary>'key' = value, with the placeholder or default as the value; a secret gets Read-Host -AsSecureString.</summary>
        private static string Entry(MmsDataSourceConfigItem item)
        {
            string value = item.IsSecret
                ? "(Read-Host -AsSecureString -Prompt '" + item.Key + "')"
                : "'" + (item.DefaultValue ?? item.PlaceHolder ?? string.Empty).Replace("'", "''") + "'";
            return "'" + item.Key + "' = " + value;
        }

        /// <summary>The -Type on the command line, trimmed and upper-cased, or null.</summary>
        internal static string? BoundType(IDictionary bound)
        {
            object? value = bound["Type"];
            value = (value as PSObject)?.BaseObject ?? value;
            string? type = (value as string)?.Trim();
            return string.IsNullOrEmpty(type) ? null : type!.ToUpperInvariant();
        }
    }
}
