using System.Text.RegularExpressions;

namespace MmsPowerShell.Emulator
{
    /// <summary>A timer's schedule: Daily at HH:mm, or Hourly at minute mm.</summary>
    public static class Schedule
    {
        private static readonly Regex DailyValue = new Regex("^([01][0-9]|2[0-3]):[0-5][0-9]$", RegexOptions.CultureInvariant);
        private static readonly Regex HourlyValue = new Regex("^[0-5][0-9]$", RegexOptions.CultureInvariant);

        /// <summary>Why the pair is not a schedule, or null when it is.</summary>
        public static string? Problem(string? scheduleType, string? value) => scheduleType switch
        {
            "Daily" => value != null && DailyValue.IsMatch(value) ? null : "A Daily timer's value is HH:mm (00:00 to 23:59), not '" + value + "'.",
            "Hourly" => value != null && HourlyValue.IsMatch(value) ? null : "An Hourly timer's value is mm (00 to 59), not '" + value + "'.",
            _ => "scheduleType is Daily or Hourly, not '" + scheduleType + "'.",
        };
    }
}
