using System.Security;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Hashtable parameters (-PartitionFilter, -TableMapping, -Config) as the maps the request bodies take, and the
    /// one rule for what they may hold. A key or value is sent as text: a string as it is, a whole number in
    /// invariant digits. -Config also keeps $true/$false, numbers with a fraction, SecureString and PSCredential
    /// (the config items type them). Anything else (a nested hashtable, an array, a [datetime], a script block)
    /// would reach the service as a type name or a culture-formatted string, so it is refused while the
    /// parameters bind, before anything is sent; so are two keys that are the same text (1 and '1').
    /// </summary>
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

        /// <summary>What is wrong with the table under the rule above; null when it can be sent.</summary>
        /// <param name="typedValues">-Config: booleans, fractions and secrets are values too.</param>
        public static string? Problem(IDictionary table, bool typedValues)
        {
            var seen = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in table)
            {
                object key = Unwrap(entry.Key)!;
                if (!IsText(key))
                {
                    return "The key " + Describe(key) + " is a " + key.GetType().Name + "; keys are text (or whole numbers, sent as text).";
                }
                string keyText = Text(key).Trim();
                if (seen.TryGetValue(keyText, out object? other))
                {
                    return "The keys " + Describe(other) + " and " + Describe(key) + " are the same key '" + keyText + "' once sent as text; give it once.";
                }
                seen[keyText] = key;
                object? value = Unwrap(entry.Value);
                if (value != null && !IsText(value) && !(typedValues && IsTypedValue(value)))
                {
                    return "The value of '" + keyText + "' is a " + value.GetType().Name + ", which cannot be sent as it is: give " +
                           (typedValues ? "text, a number, $true/$false, or a SecureString/PSCredential for a secret" : "text (a whole number is sent as text)") +
                           (value is DateTime || value is DateTimeOffset ? " (for a date, the text the service expects, e.g. '2024-01-31')." : ".");
                }
            }
            return null;
        }

        private static bool IsText(object value) =>
            value is string || value is char || value is byte || value is sbyte || value is short || value is ushort ||
            value is int || value is uint || value is long || value is ulong;

        private static bool IsTypedValue(object value) =>
            value is bool || value is float || value is double || value is decimal || value is SecureString || value is PSCredential;

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private static string Describe(object key) => key is string ? "'" + key + "'" : Text(key) + " (a " + key.GetType().Name + ")";

        private static string Text(object? value) =>
            Convert.ToString(Unwrap(value), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    /// <summary>Applies <see cref="Hashtables.Problem"/> to a hashtable parameter while it binds.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class ValidateSendableHashtableAttribute : ValidateArgumentsAttribute
    {
        /// <summary>-Config: booleans, numbers with a fraction and secrets are accepted as values.</summary>
        public bool TypedValues { get; set; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            object? value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            string? problem = value is IDictionary table ? Hashtables.Problem(table, TypedValues) : null;
            if (problem != null)
            {
                throw new ValidationMetadataException(ServiceText.Sanitize(problem) + " Nothing was sent.");
            }
        }
    }
}
