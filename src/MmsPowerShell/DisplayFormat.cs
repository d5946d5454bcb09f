namespace MmsPowerShell
{
    /// <summary>Short human forms used by the format views (MmsPowerShell.Format.ps1xml); the objects keep exact numbers.</summary>
    public static class DisplayFormat
    {
        private static readonly string[] ByteUnits = { "B", "KB", "MB", "GB", "TB", "PB", "EB" };
        private static readonly string[] CountUnits = { "", "K", "M", "B", "T", "Q" };

        /// <summary>Shown for a size or count the service does not know.</summary>
        public const string Unknown = "?";

        public static string Bytes(long? bytes) => bytes.HasValue ? Scale(bytes.Value, 1024, ByteUnits, " ") : Unknown;

        public static string Count(long? count) => count.HasValue ? Scale(count.Value, 1000, CountUnits, string.Empty) : Unknown;

        /// <summary>"1.5 KB (1,536 bytes)" for the list views, or "?" when unknown.</summary>
        public static string BytesExact(long? bytes) =>
            bytes.HasValue ? Bytes(bytes) + " (" + bytes.Value.ToString("N0", CultureInfo.InvariantCulture) + " bytes)" : Unknown;

        /// <summary>"1,234" for the list views, or "?" when unknown.</summary>
        public static string CountExact(long? count) => count.HasValue ? count.Value.ToString("N0", CultureInfo.InvariantCulture) : Unknown;

        /// <summary>
        /// A list view's value broken into lines of at most <paramref name="width"/> characters at spaces: the list
        /// view itself breaks a long value at the window's edge, mid-word. Lines after the first are aligned under the
        /// first by PowerShell. A word longer than the width stays whole.
        /// </summary>
        public static string Wrap(string text, int width)
        {
            var lines = new System.Text.StringBuilder();
            int lineLength = 0;
            foreach (string word in text.Split(' '))
            {
                if (lineLength > 0 && lineLength + 1 + word.Length > width)
                {
                    lines.Append('\n');
                    lineLength = 0;
                }
                else if (lineLength > 0)
                {
                    lines.Append(' ');
                    lineLength++;
                }
                lines.Append(word);
                lineLength += word.Length;
            }
            return lines.ToString();
        }

        private static string Scale(long value, double step, string[] units, string separator)
        {
            double scaled = value;
            int unit = 0;
            while ((scaled >= step || scaled <= -step) && unit < units.Length - 1)
            {
                scaled /= step;
                unit++;
            }
            string number = unit == 0
                ? value.ToString(CultureInfo.InvariantCulture)
                : scaled.ToString(Math.Abs(scaled) < 100 ? "0.#" : "0", CultureInfo.InvariantCulture);
            return units[unit].Length == 0 ? number : number + separator + units[unit];
        }
    }
}
