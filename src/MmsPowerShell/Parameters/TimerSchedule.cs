using System.Text.RegularExpressions;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The two schedules a timer takes: Daily at HH:mm, Hourly at minute mm. Checked before any request, and written
    /// the way the service expects (two digits each, so 2:5 is sent as 02:05).
    /// </summary>
    internal static class TimerSchedule
    {
        public const string Daily = "Daily";
        public const string Hourly = "Hourly";

        // [0-9], not \d: \d also matches other scripts' digits (Arabic-Indic, full-width), which the service does not take
        // and int.Parse cannot read.
        private static readonly Regex DailyPattern = new Regex(@"^\s*(?<h>[01]?[0-9]|2[0-3]):(?<m>[0-5]?[0-9])\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex HourlyPattern = new Regex(@"^\s*(?<m>[0-5]?[0-9])\s*$", RegexOptions.CultureInvariant);

        /// <summary>HH:mm for a valid daily time, else null.</summary>
        public static string? NormalizeDaily(string? text)
        {
            Match match = DailyPattern.Match(text ?? string.Empty);
            return match.Success ? Two(match.Groups["h"].Value) + ":" + Two(match.Groups["m"].Value) : null;
        }

        /// <summary>mm for a valid minute, else null.</summary>
        public static string? NormalizeHourly(string? text)
        {
            Match match = HourlyPattern.Match(text ?? string.Empty);
            return match.Success ? Two(match.Groups["m"].Value) : null;
        }

        private static string Two(string digits) => int.Parse(digits, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
    }
}
