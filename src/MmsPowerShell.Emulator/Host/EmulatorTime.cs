namespace MmsPowerShell.Emulator
{
    /// <summary>The timestamp formats the service mixes (see job-operations.md section 3).</summary>
    public static class EmulatorTime
    {
        /// <summary>"2024-12-17 15:44:17": most timestamps, local style without a zone.</summary>
        public static string Local(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        /// <summary>"1730946421757": epoch milliseconds as a string (GetMmsTimer createTime).</summary>
        public static string EpochMs(DateTime at) => new DateTimeOffset(at, TimeSpan.Zero).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

        /// <summary>"2026-04-01T02:18:01Z": ISO-8601 UTC (GetMmsTimer updateTime).</summary>
        public static string Iso(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        public static DateTime Parse(string local) =>
            DateTime.SpecifyKind(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }
}
