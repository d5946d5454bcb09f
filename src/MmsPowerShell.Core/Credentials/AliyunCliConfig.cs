using System.IO;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>The aliyun CLI configuration file, loaded: its profiles and which one is current.</summary>
    public sealed class AliyunCliConfig
    {
        private readonly AliyunCliConfigFile _file;

        private AliyunCliConfig(string path, AliyunCliConfigFile file)
        {
            Path = path;
            _file = file;
        }

        public string Path { get; }

        public string? CurrentProfileName => _file.Current;

        public static string DefaultPath(IEnvironment environment) =>
            System.IO.Path.Combine(environment.HomeDirectory, ".aliyun", "config.json");

        /// <summary>Loads the file, or returns null when it does not exist.</summary>
        public static AliyunCliConfig? TryLoad(string path)
        {
            if (!File.Exists(path))
            {
                return null;
            }
            try
            {
                var file = JsonSerializer.Deserialize(File.ReadAllText(path), MmsJsonContext.Default.AliyunCliConfigFile);
                return new AliyunCliConfig(path, file ?? new AliyunCliConfigFile());
            }
            catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException)
            {
                throw new MmsConfigurationException(
                    MmsErrorIds.CliConfigUnreadable,
                    "The aliyun CLI configuration file '" + path + "' cannot be read: " + e.Message, e);
            }
        }

        /// <summary>The names of the file's profiles, in the file's order.</summary>
        public string[] ProfileNames => (_file.Profiles ?? new AliyunCliProfile[0]).Select(p => p.Name).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToArray();

        public AliyunCliProfile? FindProfile(string name) =>
            _file.Profiles?.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
    }
}
