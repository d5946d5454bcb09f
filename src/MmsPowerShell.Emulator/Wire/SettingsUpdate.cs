namespace MmsPowerShell.Emulator
{
    /// <summary>The body of POST /_emulator/settings: only the settings present change.</summary>
    public sealed class SettingsUpdate
    {
        public int? JobStepMs { get; set; }
        public int? AsyncTaskMs { get; set; }
        public int? ScanMs { get; set; }
    }
}
