using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// Where a table goes: one project for all (-DestinationProject), else its database's entry of a map
    /// (-DestinationMap), else the table's own destination as the service has it (Set-MmsTable/Set-MmsDatabase).
    /// </summary>
    public sealed class MigrationDestinations
    {
        private readonly string? _project;
        private readonly IReadOnlyDictionary<string, string> _byDatabase;

        public MigrationDestinations(string? project = null, IDictionary<string, string>? byDatabase = null)
        {
            _project = string.IsNullOrEmpty(project) ? null : project;
            // Database names are matched as the service spells them; a map written in another case still applies.
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (byDatabase != null)
            {
                foreach (var pair in byDatabase)
                {
                    if (!string.IsNullOrEmpty(pair.Value))
                    {
                        map[pair.Key] = pair.Value;
                    }
                }
            }
            _byDatabase = map;
        }

        /// <summary>The destination project, or null when the table has none.</summary>
        public string? For(MmsTable table)
        {
            if (_project != null)
            {
                return _project;
            }
            if (table.DbName != null && _byDatabase.TryGetValue(table.DbName, out string? mapped))
            {
                return mapped;
            }
            return string.IsNullOrEmpty(table.DestinationProject) ? null : table.DestinationProject;
        }
    }
}
