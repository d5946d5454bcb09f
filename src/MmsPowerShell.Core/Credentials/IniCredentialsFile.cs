using System.IO;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// The shared INI credentials file of the official libraries: [sections] of key = value, one profile each.
    /// </summary>
    /// <remarks>
    /// Comments are whole lines starting with ';' or '#'. A '#' after a value stays part of the value, as in the
    /// .NET library: a secret may contain one. Errors name the file and the line number, never the line itself.
    /// </remarks>
    public sealed class IniCredentialsFile
    {
        private readonly Dictionary<string, Dictionary<string, string>> _sections;

        private IniCredentialsFile(string path, Dictionary<string, Dictionary<string, string>> sections)
        {
            Path = path;
            _sections = sections;
        }

        public string Path { get; }

        /// <summary>
        /// ALIBABA_CLOUD_CREDENTIALS_FILE when set (a missing file is then an error: it was asked for); otherwise
        /// ~/.alibabacloud/credentials (Go, Node), then ~/.alibabacloud/credentials.ini (Java, Python, .NET), the first
        /// that exists; null when none does.
        /// </summary>
        public static string? Locate(IEnvironment environment)
        {
            string? configured = environment.GetVariable(EnvironmentVariables.CredentialsFile);
            if (configured != null)
            {
                return File.Exists(configured) ? configured : throw new MmsConfigurationException(MmsErrorIds.CredentialsFileNotFound,
                    EnvironmentVariables.CredentialsFile + " names '" + configured + "', which does not exist.");
            }
            foreach (string path in DefaultPaths(environment))
            {
                if (File.Exists(path))
                {
                    return path;
                }
            }
            return null;
        }

        public static string[] DefaultPaths(IEnvironment environment)
        {
            string folder = System.IO.Path.Combine(environment.HomeDirectory, ".alibabacloud");
            return new[] { System.IO.Path.Combine(folder, "credentials"), System.IO.Path.Combine(folder, "credentials.ini") };
        }

        public static IniCredentialsFile Load(string path)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Unreadable(path, e.Message, e);
            }
            var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            Dictionary<string, string>? section = null;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == ';' || line[0] == '#')
                {
                    continue;
                }
                if (line[0] == '[' && line[line.Length - 1] == ']')
                {
                    string name = line.Substring(1, line.Length - 2).Trim();
                    if (!sections.TryGetValue(name, out section))
                    {
                        section = new Dictionary<string, string>(StringComparer.Ordinal);
                        sections.Add(name, section);
                    }
                    continue;
                }
                int equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    throw Unreadable(path, "line " + Line(i) + " is neither a [section], a comment nor key = value", null);
                }
                if (section == null)
                {
                    throw Unreadable(path, "line " + Line(i) + " comes before the first [section]", null);
                }
                section[line.Substring(0, equals).Trim()] = Unquote(line.Substring(equals + 1).Trim());
            }
            return new IniCredentialsFile(path, sections);
        }

        public bool HasSection(string name) => _sections.ContainsKey(name);

        /// <summary>The [section] names, in the file's order.</summary>
        public string[] SectionNames => _sections.Keys.ToArray();

        /// <summary>A key of a section, or null when it is absent or blank.</summary>
        public string? Get(string section, string key) =>
            _sections.TryGetValue(section, out Dictionary<string, string>? keys) && keys.TryGetValue(key, out string? value) && value.Length > 0
                ? value
                : null;

        private static string Unquote(string value) =>
            value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"' ? value.Substring(1, value.Length - 2) : value;

        private static string Line(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

        private static MmsConfigurationException Unreadable(string path, string problem, Exception? inner) =>
            new MmsConfigurationException(MmsErrorIds.CredentialsFileUnreadable, "The credentials file '" + path + "' cannot be read: " + problem + ".", inner);
    }
}
