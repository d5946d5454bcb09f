namespace MmsPowerShell.Commands
{
    /// <summary>The languages ListMmsDataSourceConfigItems describes config items in.</summary>
    internal static class ConfigItemLanguages
    {
        /// <summary>The language the module asks in (the service's default is zh_CN).</summary>
        public const string English = "en_US";
        public const string Chinese = "zh_CN";
    }
}
