namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// The names -ProfileName accepts, with the file each comes from: the aliyun CLI file's profiles first, then the
    /// INI credentials file's sections not already named, the order in which ConnectionResolver looks a name up.
    /// </summary>
    public static class ProfileNames
    {
        /// <summary>Name → the file it is in. A missing file adds nothing; an unreadable one throws (callers that must stay quiet catch).</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> List(IEnvironment environment)
        {
            var result = new List<KeyValuePair<string, string>>();
            AliyunCliConfig? cli = AliyunCliConfig.TryLoad(AliyunCliConfig.DefaultPath(environment));
            if (cli != null)
            {
                result.AddRange(cli.ProfileNames.Select(name => new KeyValuePair<string, string>(name, cli.Path)));
            }
            string? iniPath = IniCredentialsFile.Locate(environment);
            if (iniPath != null)
            {
                IniCredentialsFile ini = IniCredentialsFile.Load(iniPath);
                result.AddRange(ini.SectionNames.Where(name => result.All(r => r.Key != name)).Select(name => new KeyValuePair<string, string>(name, ini.Path)));
            }
            return result;
        }
    }
}
