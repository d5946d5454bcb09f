using System.Text;

namespace MmsPowerShell.Core.Text
{
    /// <summary>
    /// The one sanitizer for text that comes from the service (or any other untrusted answer): every string the
    /// client keeps from an answer, error code, message or header passes through here before it reaches an
    /// object, a view, an error or a verbose line. Control characters are made visible rather than dropped, so
    /// a hostile value is still recognisable but can no longer drive the terminal (clear the screen, set the
    /// title, write the clipboard, forge a line, reorder what is shown). Printable Unicode (CJK, emoji, right-to-left text) is untouched.
    /// </summary>
    public static class ServiceText
    {
        /// <summary>
        /// The service pads values with spaces and newlines: trims them, treats whitespace-only as absent,
        /// and sanitizes what is left.
        /// </summary>
        public static string? Clean(string? value)
        {
            if (value == null)
            {
                return null;
            }
            string trimmed = value.Trim();
            return trimmed.Length == 0 ? null : Sanitize(trimmed);
        }

        /// <summary>
        /// C0 controls become their Control Pictures symbol (ESC is shown as U+241B), DEL becomes U+2421, a tab
        /// becomes a space, C1 controls, the Unicode line/paragraph separators and the bidirectional controls become
        /// a visible \uXXXX. Returns
        /// the same instance when there is nothing to replace, so clean text costs no allocation.
        /// </summary>
        public static string Sanitize(string value)
        {
            int first = IndexOfUnsafe(value);
            if (first < 0)
            {
                return value;
            }
            var builder = new StringBuilder(value.Length + 8);
            builder.Append(value, 0, first);
            for (int i = first; i < value.Length; i++)
            {
                AppendSafe(builder, value[i]);
            }
            return builder.ToString();
        }

        private static int IndexOfUnsafe(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (IsUnsafe(value[i]))
                {
                    return i;
                }
            }
            return -1;
        }

        private static bool IsUnsafe(char c) =>
            c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || IsBidiControl(c);

        /// <summary>
        /// The invisible characters that reorder text (Trojan Source, CVE-2021-42574): embeddings and overrides
        /// U+202A-202E, isolates U+2066-2069, and the marks U+200E, U+200F and U+061C. "evil\u202Etxt.exe" would show as
        /// "evilexe.txt". Right-to-left letters themselves are printable text and untouched.
        /// </summary>
        private static bool IsBidiControl(char c) =>
            (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';

        private static void AppendSafe(StringBuilder builder, char c)
        {
            if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (c < '\u0020')
            {
                builder.Append((char)('\u2400' + c));
            }
            else if (c == '\u007F')
            {
                builder.Append('\u2421');
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
