using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace MmsPowerShell.Commands
{
    /// <summary>Hashtable parameters (-PartitionFilter, -TableMapping) as the string maps the request bodies take.</summary>
    internal static class Hashtables
    {
        /// <summary>Sorted by key, so the same call always sends the same bytes; null stays null (not sent).</summary>
        public static IDictionary<string, string>? ToStringMap(Hashtable? table)
        {
            if (table == null)
            {
                return null;
            }
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in table)
            {
                map[Text(entry.Key)] = Text(entry.Value);
            }
            return map;
        }

        private static string Text(object? value) =>
            Convert.ToString(value is PSObject wrapped ? wrapped.BaseObject : value, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
