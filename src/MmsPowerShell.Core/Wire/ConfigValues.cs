using System.IO;

namespace MmsPowerShell.Core.Json
{
    /// <summary>
    /// Data source config values as JSON: config is a free-form map on the wire, so each value keeps its JSON type
    /// (string, boolean, number). Built with a writer rather than reflection, so the source-generated context is enough.
    /// </summary>
    public static class ConfigValues
    {
        public static Dictionary<string, JsonElement> ToJson(IReadOnlyDictionary<string, object> config)
        {
            var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var pair in config)
            {
                result[pair.Key] = ToElement(pair.Value);
            }
            return result;
        }

        public static JsonElement ToElement(object value)
        {
            using (var buffer = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    switch (value)
                    {
                        case bool flag: writer.WriteBooleanValue(flag); break;
                        case int number: writer.WriteNumberValue(number); break;
                        case long number: writer.WriteNumberValue(number); break;
                        case double number: writer.WriteNumberValue(number); break;
                        case string text: writer.WriteStringValue(text); break;
                        default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
                    }
                }
                using (JsonDocument document = JsonDocument.Parse(buffer.ToArray()))
                {
                    return document.RootElement.Clone();
                }
            }
        }
    }
}
