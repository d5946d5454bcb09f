using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Json
{
    /// <summary>How the service writes values inside strings (states, times, JSON in a string), read the same way for every object.</summary>
    public static class WireValues
    {
        private static readonly string[] LocalTimeFormats =
        {
            "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        };

        /// <summary>Epoch milliseconds below this are not plausible timestamps (before 2001-09-09).</summary>
        private const long MinEpochMilliseconds = 1000000000000;

        /// <summary>
        /// A status as every model carries it: the service's word, cleaned and in upper case (the service's own
        /// spelling), null when absent. A string rather than an enum so a state newer than this module survives
        /// as itself, and ConvertTo-Json/Export-Csv write the word, not a number.
        /// </summary>
        public static string? ParseStatus(string? text) => ServiceText.Clean(text)?.ToUpperInvariant();

        /// <summary>A size or row count; Hive answers -1 when it does not know, which is unknown (null), not a count.</summary>
        public static long? Count(long? value) => value < 0 ? null : value;

        /// <summary>
        /// The three timestamp forms the service uses: local "2024-12-17 15:44:17" (no zone: kept Unspecified),
        /// ISO-8601 with a zone (UTC), and epoch milliseconds as a string (UTC). Anything else is unknown.
        /// </summary>
        public static DateTime? ParseTime(string? text)
        {
            if (text == null)
            {
                return null;
            }
            if (DateTime.TryParseExact(text, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
            {
                return local;
            }
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long milliseconds) && milliseconds >= MinEpochMilliseconds)
            {
                return new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(milliseconds);
            }
            if ((text.EndsWith("Z", StringComparison.Ordinal) || text.Contains("+")) &&
                DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime utc))
            {
                return utc;
            }
            return null;
        }

        /// <summary>
        /// Parses a JSON object carried inside a string (e.g. a table's "extra"); anything else gives an empty map.
        /// The values were escaped inside the string, so they pass through the sanitizer again once decoded.
        /// </summary>
        public static MmsPropertyMap ParseObjectInString(string? text)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (text == null)
            {
                return MmsPropertyMap.None;
            }
            try
            {
                using (var document = JsonDocument.Parse(text))
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        return MmsPropertyMap.None;
                    }
                    foreach (JsonProperty property in document.RootElement.EnumerateObject())
                    {
                        string value = property.Value.ValueKind == JsonValueKind.String
                            ? property.Value.GetString() ?? string.Empty
                            : property.Value.GetRawText();
                        result[ServiceText.Sanitize(property.Name)] = ServiceText.Sanitize(value);
                    }
                }
            }
            catch (JsonException)
            {
                return MmsPropertyMap.None;
            }
            return new MmsPropertyMap(result);
        }

        /// <summary>A list of names from the service, cleaned; blank entries dropped.</summary>
        public static IReadOnlyList<string> CleanList(string?[]? values) =>
            (values ?? new string?[0]).Select(ServiceText.Clean).Where(v => v != null).Select(v => v!).ToList();

        /// <summary>A string map from the service (partition filters, table mappings), keys and values cleaned; blank keys dropped.</summary>
        public static IReadOnlyDictionary<string, string> CleanMap(Dictionary<string, string?>? values)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string?> pair in values ?? new Dictionary<string, string?>())
            {
                string? key = ServiceText.Clean(pair.Key);
                if (key != null)
                {
                    result[key] = ServiceText.Clean(pair.Value) ?? string.Empty;
                }
            }
            return result;
        }

        /// <summary>
        /// A free-form JSON value as text: a string as itself, anything else as compact JSON; null when absent. Its
        /// escapes are decoded text again, so it is sanitized.
        /// </summary>
        public static string? JsonText(JsonElement? value) =>
            !value.HasValue || value.Value.ValueKind == JsonValueKind.Null || value.Value.ValueKind == JsonValueKind.Undefined
                ? null
                : ServiceText.Clean(value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() : value.Value.GetRawText());

        /// <summary>The first of <paramref name="names"/> that holds a non-blank string or number, cleaned; null when none does.</summary>
        public static string? FirstString(JsonElement root, params string[] names)
        {
            foreach (string name in names)
            {
                if (root.TryGetProperty(name, out JsonElement value))
                {
                    string? text = value.ValueKind == JsonValueKind.String ? value.GetString()
                        : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
                    string? cleaned = ServiceText.Clean(text);
                    if (cleaned != null)
                    {
                        return cleaned;
                    }
                }
            }
            return null;
        }
    }
}
