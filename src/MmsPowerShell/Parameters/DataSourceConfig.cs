using System.Net;
using System.Security;
using System.Text.RegularExpressions;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// A -Config hashtable made ready to send: SecureString and PSCredential values opened only here, values typed
    /// as their config items say (BOOLEAN, INT, ENUM), and the secrets remembered so that no description, error or
    /// -WhatIf line ever shows them.
    /// </summary>
    internal sealed class DataSourceConfig
    {
        private const string Mask = SecretMask.Mask;

        /// <summary>Keys that hold secrets even before the config items say so (for -WhatIf, which asks the service nothing).</summary>
        private static readonly Regex SecretKeyPattern = new Regex(@"password|secret|keytab|credential|token|(^|\.)key$|\.key\.",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private readonly Dictionary<string, object> _values = new Dictionary<string, object>(StringComparer.Ordinal);
        private readonly HashSet<string> _secretKeys = new HashSet<string>(StringComparer.Ordinal);
        private SecretMask? _mask;
        private int _maskedKeys;

        public DataSourceConfig(IDictionary? config)
        {
            if (config == null)
            {
                return;
            }
            foreach (DictionaryEntry entry in config)
            {
                string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
                object? value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                switch (value)
                {
                    case SecureString secure:
                        _values[key] = new NetworkCredential(string.Empty, secure).Password;
                        _secretKeys.Add(key);
                        break;
                    case PSCredential credential:
                        _values[key] = credential.GetNetworkCredential().Password;
                        _secretKeys.Add(key);
                        break;
                    case null:
                        _values[key] = string.Empty;
                        break;
                    case bool _:
                    case string _:
                        _values[key] = value;
                        break;
                    case byte _:
                    case short _:
                    case int _:
                    case long _:
                        _values[key] = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                        break;
                    case float _:
                    case double _:
                    case decimal _:
                        _values[key] = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                        break;
                    default:
                        _values[key] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                        break;
                }
                if (SecretKeyPattern.IsMatch(key))
                {
                    _secretKeys.Add(key);
                }
            }
        }

        public IReadOnlyDictionary<string, object> Values => _values;

        public int Count => _values.Count;

        /// <summary>Adds one line per key to a change description; secrets are named, never shown.</summary>
        public void Describe(ChangeList changes)
        {
            foreach (var pair in _values.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (_secretKeys.Contains(pair.Key))
                {
                    changes.AddHidden("config " + pair.Key);
                }
                else
                {
                    changes.Add("config " + pair.Key, Text(pair.Value));
                }
            }
        }

        /// <summary>
        /// Checks the keys and values against the type's config items, types the values as the items say, and marks
        /// the items' secrets. Returns the problems found (none means the config can be sent).
        /// </summary>
        /// <param name="requireAll">A new data source: required items without a default must be given.</param>
        public IReadOnlyList<ErrorRecord> Validate(IReadOnlyList<MmsDataSourceConfigItem> items, bool requireAll, string type, object target)
        {
            var errors = new List<ErrorRecord>();
            var byKey = items.Where(i => i.Key != null).GroupBy(i => i.Key!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (string key in _values.Keys.ToList())
            {
                if (!byKey.TryGetValue(key, out MmsDataSourceConfigItem? item))
                {
                    errors.Add(ErrorRecords.Create(MmsErrorIds.DataSourceConfigKeyUnknown,
                        "'" + key + "' is not a config key of " + type + " data sources. Nothing was sent.", target,
                        "Valid keys: " + string.Join(", ", byKey.Keys) + ". Get-MmsDataSourceConfigItem -Type " + type + " describes them."));
                    continue;
                }
                if (item.IsSecret)
                {
                    _secretKeys.Add(key);
                }
                string? problem = Coerce(key, item);
                if (problem != null)
                {
                    errors.Add(ErrorRecords.Create(MmsErrorIds.DataSourceConfigValueInvalid, problem + " Nothing was sent.", target,
                        "Get-MmsDataSourceConfigItem -Type " + type + " -Key " + key + " describes the values it takes."));
                }
            }
            if (requireAll)
            {
                foreach (MmsDataSourceConfigItem item in byKey.Values.Where(i => i.Required && i.DefaultValue == null && !_values.ContainsKey(i.Key!)))
                {
                    errors.Add(ErrorRecords.Create(MmsErrorIds.DataSourceConfigRequired,
                        "The config key '" + item.Key + "' (" + item.Name + ") is required for " + type + " data sources. Nothing was sent.", target,
                        "Add it to -Config, e.g. -Config @{ '" + item.Key + "' = '" + (item.IsSecret ? "..." : item.PlaceHolder) + "' }."));
                }
            }
            return errors;
        }

        /// <summary>
        /// Masks every secret value that occurs in a text (e.g. a service message that echoes the config), in every
        /// form it can come back in: raw, JSON-escaped, \u-escaped, percent-encoded (see <see cref="SecretMask"/>).
        /// </summary>
        public string Redact(string text) => Secrets.Apply(text) ?? text;

        /// <summary>The secrets as they are now known (keys marked by the config items count once validated).</summary>
        private SecretMask Secrets
        {
            get
            {
                if (_mask == null || _maskedKeys != _secretKeys.Count)
                {
                    _mask = new SecretMask(_secretKeys.Select(key => _values.TryGetValue(key, out object? value) ? value as string : null));
                    _maskedKeys = _secretKeys.Count;
                }
                return _mask;
            }
        }

        /// <summary>Turns the value into the JSON type the item takes; a message when it cannot be (never quoting a secret).</summary>
        private string? Coerce(string key, MmsDataSourceConfigItem item)
        {
            object value = _values[key];
            string text = Text(value);
            string shown = _secretKeys.Contains(key) ? Mask : text;
            switch (item.Type)
            {
                case "BOOLEAN":
                    if (value is bool)
                    {
                        return null;
                    }
                    if (bool.TryParse(text, out bool flag))
                    {
                        _values[key] = flag;
                        return null;
                    }
                    return "The config key '" + key + "' takes $true or $false, not '" + shown + "'.";
                case "INT":
                    if (value is long)
                    {
                        return null;
                    }
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number))
                    {
                        _values[key] = number;
                        return null;
                    }
                    return "The config key '" + key + "' takes a whole number, not '" + shown + "'.";
                case "ENUM":
                    string? match = item.Enums.FirstOrDefault(e => string.Equals(e, text, StringComparison.OrdinalIgnoreCase));
                    if (item.Enums.Count == 0 || match != null)
                    {
                        _values[key] = match ?? text;
                        return null;
                    }
                    return "The config key '" + key + "' takes one of " + string.Join(", ", item.Enums) + ", not '" + shown + "'.";
                default:
                    // STRING, PASSWORD, FILE and types newer than this module: sent as text.
                    _values[key] = text;
                    return null;
            }
        }

        private static string Text(object value) =>
            value is bool flag ? (flag ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
