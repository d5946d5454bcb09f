namespace MmsPowerShell.Core.Credentials
{
    /// <summary>The real process environment: blank variables count as unset, as the official libraries treat them.</summary>
    public sealed class ProcessEnvironment : IEnvironment
    {
        public static readonly ProcessEnvironment Instance = new ProcessEnvironment();

        private ProcessEnvironment()
        {
        }

        public string? GetVariable(string name)
        {
            string? value = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }

        public string HomeDirectory => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
    }
}
