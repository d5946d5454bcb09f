using System.Collections.ObjectModel;

namespace MmsPowerShell.Core.Models
{
    /// <summary>
    /// Name/value properties (a table's "extra"). Its text is "key=value; key=value", so Export-Csv writes the
    /// properties rather than a .NET type name; ConvertTo-Json writes an object, and $map['key'] reads one.
    /// </summary>
    public sealed class MmsPropertyMap : ReadOnlyDictionary<string, string>
    {
        public MmsPropertyMap(IDictionary<string, string> properties)
            : base(properties)
        {
        }

        public static MmsPropertyMap None { get; } = new MmsPropertyMap(new Dictionary<string, string>());

        public override string ToString() => string.Join(MmsList<string>.Separator, this.Select(p => p.Key + "=" + p.Value));
    }
}
