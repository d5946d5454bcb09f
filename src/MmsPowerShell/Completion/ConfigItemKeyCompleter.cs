namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes Get-MmsDataSourceConfigItem -Key with the config keys of the -Type on the command line (what
    /// ConfigKeyCompleter reads for -Config), each item's type, name and description as the tooltip.
    /// </summary>
    public sealed class ConfigItemKeyCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound)
        {
            string? type = ConfigKeyCompleter.BoundType(bound);
            return type == null
                ? Enumerable.Empty<CompletionResult>()
                : CompletionSource.Names(ConfigKeyCompleter.Load(bound, type), wordToComplete, i => i.Key, ConfigKeyCompleter.Tooltip);
        }
    }
}
