using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Lists the config keys a data source type takes (ListMmsDataSourceConfigItems): what New-MmsDataSource -Config accepts.</summary>
    [Cmdlet(VerbsCommon.Get, "MmsDataSourceConfigItem")]
    [OutputType(typeof(MmsDataSourceConfigItem))]
    public sealed class GetMmsDataSourceConfigItemCommand : MmsCmdlet
    {
        /// <summary>HIVE or BIGQUERY; binds by property name, so data sources from Get-MmsDataSource can be piped in.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ByName)]
        [Alias("SourceType")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceTypeCompleter))]
        public string Type { get; set; } = string.Empty;

        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConfigItemKeyCompleter))]
        public string[]? Key { get; set; }

        [Parameter]
        [ValidateSet(ConfigItemLanguages.English, ConfigItemLanguages.Chinese)]
        public string Language { get; set; } = ConfigItemLanguages.English;

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            string type = Type.Trim().ToUpperInvariant();
            var filter = new NameFilter(Key);
            MmsDataSourceConfigItem[] items;
            try
            {
                items = AwaitOnPipeline(token => Client.ListDataSourceConfigItemsAsync(type, Language, token));
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, new MmsConfigItemListReference(type)));
                return;
            }
            foreach (MmsDataSourceConfigItem item in items)
            {
                if (filter.Matches(item.Key))
                {
                    WriteObject(item);
                }
            }
        }
    }
}
