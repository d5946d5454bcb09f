using System.Text;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// Builds a page from two kinds of pieces: markup the report itself spells out (<see cref="Markup"/>, only ever
    /// given literals and numbers) and text from anywhere else (<see cref="Text"/>, always encoded by
    /// <see cref="HtmlText"/>). Keeping the two apart is what makes "encoded once, in one place" checkable.
    /// </summary>
    internal sealed class HtmlWriter
    {
        private readonly StringBuilder _page = new StringBuilder(64 * 1024);

        /// <summary>Markup written by the report itself: tags, attributes and numbers, never outside text.</summary>
        public HtmlWriter Markup(string markup)
        {
            _page.Append(markup);
            return this;
        }

        /// <summary>Text from the service or the user, encoded for element content and quoted attribute values.</summary>
        public HtmlWriter Text(string? text)
        {
            _page.Append(HtmlText.Encode(text));
            return this;
        }

        /// <summary>A number for an SVG coordinate or size: invariant culture, at most two decimals.</summary>
        public HtmlWriter Number(double value)
        {
            _page.Append(value.ToString("0.##", CultureInfo.InvariantCulture));
            return this;
        }

        public override string ToString() => _page.ToString();
    }
}
