using System;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>The process environment as the credential chain sees it; replaceable in tests.</summary>
    public interface IEnvironment
    {
        string? GetVariable(string name);

        string HomeDirectory { get; }
    }

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
