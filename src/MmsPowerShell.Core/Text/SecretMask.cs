using System.Text;
using System.Text.RegularExpressions;

namespace MmsPowerShell.Core.Text
{
    /// <summary>
    /// The one rule for hiding secrets in text that may quote them. A service that echoes a request body quotes the
    /// secret as it was sent, and that is seldom the raw text: System.Text.Json writes a quote as \u0022 and
    /// "ä" as \u00E4, another layer of JSON doubles the backslashes, a query string percent-encodes it, an HTML
    /// error page uses character references. So every character of a secret matches in any of those forms, each
    /// character independently (encoders escape some characters and leave others), and the whole match is masked.
    /// </summary>
    public sealed class SecretMask
    {
        public const string Mask = "********";

        /// <summary>A mask that hides nothing: for calls that carry no secret.</summary>
        public static readonly SecretMask None = new SecretMask(new string[0]);

        private readonly Regex[] _patterns;

        public SecretMask(IEnumerable<string?> secrets)
        {
            // Longest first, so that a secret that contains another is masked whole.
            _patterns = secrets.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct(StringComparer.Ordinal)
                .OrderByDescending(s => s.Length).Select(Pattern).ToArray();
        }

        public bool IsEmpty => _patterns.Length == 0;

        /// <summary>The text with every form of every secret replaced by <see cref="Mask"/>; null stays null.</summary>
        public string? Apply(string? text)
        {
            if (text == null || text.Length == 0)
            {
                return text;
            }
            foreach (Regex pattern in _patterns)
            {
                text = pattern.Replace(text, Mask);
            }
            return text;
        }

        /// <summary>Every way one secret can be written back: a sequence of per-character alternatives.</summary>
        private static Regex Pattern(string secret)
        {
            var pattern = new StringBuilder();
            for (int i = 0; i < secret.Length; i++)
            {
                // A surrogate pair is one character for UTF-8 (percent-encoding, &#x1F600;) but two \u escapes for JSON.
                int length = char.IsHighSurrogate(secret[i]) && i + 1 < secret.Length && char.IsLowSurrogate(secret[i + 1]) ? 2 : 1;
                pattern.Append("(?:").Append(string.Join("|", Forms(secret.Substring(i, length)))).Append(')');
                i += length - 1;
            }
            // Case-insensitive for the hex digits of escapes; a secret that differs only in case is masked too, which errs safe.
            return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        private static IEnumerable<string> Forms(string character)
        {
            yield return Regex.Escape(character);
            // JSON \uXXXX, per UTF-16 unit, behind any number of backslashes (a JSON string inside a JSON string).
            yield return string.Concat(character.Select(unit => @"\\+u" + Hex((int)unit, 4)));
            string? shortEscape = JsonShortEscape(character);
            if (shortEscape != null)
            {
                yield return @"\\+" + Regex.Escape(shortEscape);
            }
            // Percent-encoding of the UTF-8 bytes, also encoded twice (%2522); a space may be a plus sign.
            yield return string.Concat(Encoding.UTF8.GetBytes(character).Select(b => "%(?:25)?" + Hex(b, 2)));
            if (character == " ")
            {
                yield return @"\+";
            }
            // HTML character references: decimal, hexadecimal and the named ones for markup characters.
            int codePoint = char.ConvertToUtf32(character, 0);
            yield return "&\\#0*" + codePoint.ToString(CultureInfo.InvariantCulture) + ";";
            yield return "&\\#x0*" + codePoint.ToString("x", CultureInfo.InvariantCulture) + ";";
            string? named = HtmlName(character);
            if (named != null)
            {
                yield return "&" + named + ";";
            }
        }

        private static string Hex(int value, int digits) => value.ToString("x" + digits, CultureInfo.InvariantCulture);

        private static string? JsonShortEscape(string character)
        {
            switch (character)
            {
                case "\"": return "\"";
                case "\\": return "\\";
                case "/": return "/";
                case "\b": return "b";
                case "\f": return "f";
                case "\n": return "n";
                case "\r": return "r";
                case "\t": return "t";
                default: return null;
            }
        }

        private static string? HtmlName(string character)
        {
            switch (character)
            {
                case "\"": return "quot";
                case "&": return "amp";
                case "<": return "lt";
                case ">": return "gt";
                case "'": return "apos";
                default: return null;
            }
        }
    }
}
