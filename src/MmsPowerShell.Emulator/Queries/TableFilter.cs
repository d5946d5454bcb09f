using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>ListMmsTables' query filters and sorters, as sibling-operations.md describes them.</summary>
    public static class TableFilter
    {
        public static IEnumerable<DemoTable> Apply(IEnumerable<DemoTable> tables, IQueryCollection query)
        {
            if (long.TryParse(query["dbId"], out long dbId))
            {
                tables = tables.Where(t => t.DbId == dbId);
            }
            string? dbName = query["dbName"];
            if (!string.IsNullOrEmpty(dbName))
            {
                tables = tables.Where(t => t.DbName == dbName);
            }
            string? name = query["name"];
            if (!string.IsNullOrEmpty(name))
            {
                // The service's matching is undocumented; the emulator matches a prefix, so clients must not rely on more.
                tables = tables.Where(t => t.Name.StartsWith(name, StringComparison.Ordinal));
            }
            string? type = query["type"];
            if (!string.IsNullOrEmpty(type))
            {
                tables = tables.Where(t => t.Type == type);
            }
            if (bool.TryParse(query["hasPartitions"], out bool hasPartitions))
            {
                tables = tables.Where(t => t.HasPartitions == hasPartitions);
            }
            string? status = query["status"];
            if (!string.IsNullOrEmpty(status))
            {
                var wanted = Statuses(status);
                tables = tables.Where(t => wanted.Contains(t.Status));
            }
            string? start = query["lastDdlTimeStart"];
            if (!string.IsNullOrEmpty(start))
            {
                tables = tables.Where(t => string.CompareOrdinal(t.LastDdlTime.Trim(), start) >= 0);
            }
            string? end = query["lastDdlTimeEnd"];
            if (!string.IsNullOrEmpty(end))
            {
                tables = tables.Where(t => string.CompareOrdinal(t.LastDdlTime.Trim(), end) <= 0);
            }
            return Sort(tables, query);
        }

        /// <summary>status travels as one JSON array string, e.g. ["DONE","FAILED"].</summary>
        public static HashSet<string> Statuses(string text)
        {
            try
            {
                return new HashSet<string>(JsonSerializer.Deserialize<string[]>(text) ?? Array.Empty<string>(), StringComparer.Ordinal);
            }
            catch (JsonException)
            {
                return new HashSet<string>(new[] { text }, StringComparer.Ordinal);
            }
        }

        private static IEnumerable<DemoTable> Sort(IEnumerable<DemoTable> tables, IQueryCollection query)
        {
            foreach (var (key, selector) in new (string, Func<DemoTable, IComparable>)[]
            {
                ("sorter.numRows", t => t.NumRows), ("sorter.size", t => t.Size), ("sorter.lastDdlTime", t => t.LastDdlTime.Trim()),
            })
            {
                string? order = query[key];
                if (order == "asc")
                {
                    return tables.OrderBy(selector).ThenBy(t => t.Id);
                }
                if (order == "desc")
                {
                    return tables.OrderByDescending(selector).ThenBy(t => t.Id);
                }
            }
            return tables;
        }
    }
}
