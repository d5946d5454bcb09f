using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>Environment variables and a throw-away home directory for credential-chain tests.</summary>
    internal sealed class FakeEnvironment : IEnvironment, IDisposable
    {
        private readonly Dictionary<string, string> _variables = new Dictionary<string, string>();

        public FakeEnvironment()
        {
            HomeDirectory = Path.Combine(Path.GetTempPath(), "mms-home-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(HomeDirectory);
        }

        public string HomeDirectory { get; }

        public FakeEnvironment Set(string name, string value)
        {
            _variables[name] = value;
            return this;
        }

        /// <summary>Blank counts as unset, as in <see cref="ProcessEnvironment"/>; tests clear a variable by setting it to "".</summary>
        public string? GetVariable(string name) => _variables.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        public FakeEnvironment WithCliConfig(string json)
        {
            Directory.CreateDirectory(Path.Combine(HomeDirectory, ".aliyun"));
            File.WriteAllText(Path.Combine(HomeDirectory, ".aliyun", "config.json"), json);
            return this;
        }

        /// <summary>Writes a file under the fake home directory and returns its full path.</summary>
        public string WriteFile(string relativePath, string content)
        {
            string path = Path.Combine(HomeDirectory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return path;
        }

        public void Dispose() => Directory.Delete(HomeDirectory, recursive: true);
    }
}
