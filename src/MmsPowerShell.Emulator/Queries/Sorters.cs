using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>The dotted sorter.* query keys (asc or desc): the first one present wins; ties, and no sorter, go by id.</summary>
    public static class Sorters
    {
        public static IEnumerable<T> By<T>(IEnumerable<T> items, IQueryCollection query, Func<T, long> id, params (string Key, Func<T, string?> Field)[] sorters)
        {
            foreach (var (key, field) in sorters)
            {
                string? order = query[key];
                if (order == "asc")
                {
                    return items.OrderBy(field, StringComparer.Ordinal).ThenBy(id);
                }
                if (order == "desc")
                {
                    return items.OrderByDescending(field, StringComparer.Ordinal).ThenBy(id);
                }
            }
            return items.OrderBy(id);
        }
    }
}
