using System.Collections.ObjectModel;

namespace MmsPowerShell.Core.Models
{
    /// <summary>
    /// The one collection type of the models: a read-only list whose text is its items' text, so Export-Csv,
    /// string interpolation and Out-String write "id bigint; name string" instead of a .NET type name, while
    /// ConvertTo-Json still writes an array and the pipeline still enumerates the items.
    /// </summary>
    public sealed class MmsList<T> : ReadOnlyCollection<T>
    {
        /// <summary>Between items in the text form; a comma alone would be ambiguous inside types such as decimal(10,2).</summary>
        public const string Separator = "; ";

        public MmsList(IEnumerable<T> items)
            : base(items.ToList())
        {
        }

        public static MmsList<T> None { get; } = new MmsList<T>(new T[0]);

        public override string ToString() => string.Join(Separator, this.Select(item => item?.ToString()));
    }
}
