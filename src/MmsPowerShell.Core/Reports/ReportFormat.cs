namespace MmsPowerShell.Core.Reports
{
    /// <summary>How the report writes numbers, sizes, durations and times: invariant culture, so a page reads the same wherever it was made.</summary>
    internal static class ReportFormat
    {
        private static readonly string[] ByteUnits = { "B", "KB", "MB", "GB", "TB", "PB", "EB" };

        /// <summary>12,345</summary>
        public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

        /// <summary>1.5 GB (binary multiples, as MaxCompute sizes are).</summary>
        public static string Bytes(long bytes)
        {
            double value = Math.Max(0, bytes);
            int unit = 0;
            while (value >= 1024 && unit < ByteUnits.Length - 1)
            {
                value /= 1024;
                unit++;
            }
            string format = unit == 0 || value >= 100 ? "0" : value >= 10 ? "0.#" : "0.##";
            return value.ToString(format, CultureInfo.InvariantCulture) + " " + ByteUnits[unit];
        }

        /// <summary>Whole percent, floored, so an unfinished run never reads 100 %.</summary>
        public static string Percent(double share) =>
            ((int)Math.Floor(Math.Max(0, Math.Min(1, share)) * 100)).ToString(CultureInfo.InvariantCulture) + " %";

        /// <summary>2 d 3 h, 3 h 12 min, 12 min 5 s, 40 s.</summary>
        public static string Duration(TimeSpan span)
        {
            if (span < TimeSpan.Zero)
            {
                span = TimeSpan.Zero;
            }
            if (span.TotalDays >= 1)
            {
                return (int)span.TotalDays + " d " + span.Hours + " h";
            }
            if (span.TotalHours >= 1)
            {
                return (int)span.TotalHours + " h " + span.Minutes + " min";
            }
            if (span.TotalMinutes >= 1)
            {
                return span.Minutes + " min " + span.Seconds + " s";
            }
            return span.Seconds + " s";
        }

        /// <summary>A time in the report's zone: 2026-12-06 13:42.</summary>
        public static string Time(DateTimeOffset time, TimeZoneInfo zone) =>
            TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        /// <summary>The machine-readable form for a &lt;time datetime&gt; attribute: ISO 8601 with the offset.</summary>
        public static string IsoTime(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

        /// <summary>UTC+08:00 (China Standard Time), so a reader elsewhere knows what the times mean.</summary>
        public static string Zone(DateTimeOffset at, TimeZoneInfo zone)
        {
            TimeSpan offset = zone.GetUtcOffset(at);
            string sign = offset < TimeSpan.Zero ? "-" : "+";
            string utc = "UTC" + sign + Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture) + ":" +
                         Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
            string name = zone.IsDaylightSavingTime(at) ? zone.DaylightName : zone.StandardName;
            return string.IsNullOrEmpty(name) || name == utc ? utc : utc + " (" + name + ")";
        }
    }
}
