using System.Text;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// The one HTML encoder: every text a page shows that came from the service or the user (names, comments, log
    /// lines, settings) passes through here, and nowhere else, before it reaches markup. Control characters are made
    /// visible first (the terminal sanitizer's rules), then the five characters that can open markup or leave an
    /// attribute value become character references. Other Unicode (CJK, emoji) is written as it is: the page is UTF-8.
    /// </summary>
    public static class HtmlText
    {
        public static string Encode(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }
            string visible = ServiceText.Sanitize(text!);
            StringBuilder? builder = null;
            for (int i = 0; i < visible.Length; i++)
            {
                string? reference = ReferenceFor(visible[i]);
                if (reference == null)
                {
                    builder?.Append(visible[i]);
                    continue;
                }
                if (builder == null)
                {
                    builder = new StringBuilder(visible.Length + 16);
                    builder.Append(visible, 0, i);
                }
                builder.Append(reference);
            }
            return builder == null ? visible : builder.ToString();
        }

        private static string? ReferenceFor(char c)
        {
            switch (c)
            {
                case '&': return "&amp;";
                case '<': return "&lt;";
                case '>': return "&gt;";
                case '"': return "&quot;";
                case '\'': return "&#39;";
                default: return null;
            }
        }
    }
}
