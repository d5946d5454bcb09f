using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Registers a data source with MMA (CreateMmsDataSource) and writes it as GetMmsDataSource reads it back.</summary>
    /// <remarks>
    /// -Config is checked against the type's config items (ListMmsDataSourceConfigItems) after -WhatIf/-Confirm,
    /// so -WhatIf sends no request at all.
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "MmsDataSource", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsDataSource))]
    public sealed class NewMmsDataSourceCommand : MmsCmdlet
    {
        private readonly Dictionary<string, IReadOnlyList<MmsDataSourceConfigItem>> _itemsByType =
            new Dictionary<string, IReadOnlyList<MmsDataSourceConfigItem>>(StringComparer.Ordinal);

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ByName)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>HIVE or BIGQUERY (any case; sent in upper case).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ByName)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceTypeCompleter))]
        public string Type { get; set; } = string.Empty;

        /// <summary>The network link MMA reaches the source through, e.g. vpc-uf6a1b2c3:cn-shanghai.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? NetworkLink { get; set; }

        /// <summary>Config keys of the type (Get-MmsDataSourceConfigItem); secrets may be SecureString or PSCredential.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ConfigKeyCompleter))]
        [ValidateSendableHashtable(TypedValues = true)]
        public Hashtable? Config { get; set; }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            string type = Type.Trim().ToUpperInvariant();
            var config = new DataSourceConfig(Config);
            var reference = new MmsNewDataSourceReference(Name);
            var changes = new ChangeList().Add("Type", type).Add("NetworkLink", NetworkLink);
            config.Describe(changes);
            if (!this.ShouldChange("data source '" + Name + "'", "Create: " + changes))
            {
                return;
            }
            IReadOnlyList<MmsDataSourceConfigItem>? items = ConfigItems(type);
            if (items == null)
            {
                return;
            }
            IReadOnlyList<ErrorRecord> problems = config.Validate(items, requireAll: true, type, reference);
            if (problems.Count > 0)
            {
                foreach (ErrorRecord problem in problems)
                {
                    WriteError(problem);
                }
                return;
            }
            string name = Name;
            string? networkLink = NetworkLink;
            QueueRequest(token => CreateAsync(name, type, networkLink, config, token), reference, source => WriteObject(source));
        }

        private async Task<MmsDataSource> CreateAsync(string name, string type, string? networkLink, DataSourceConfig config, CancellationToken token)
        {
            long sourceId;
            try
            {
                sourceId = await Client.CreateDataSourceAsync(name, type, networkLink, config.Values, token).ConfigureAwait(false);
            }
            catch (MmsApiException e)
            {
                // The service may quote what it was sent; secrets must not reach the error.
                throw e.Redacted(config.Redact);
            }
            return await ReadAfterAsync(AcceptedChange.Created(new MmsSourceReference(sourceId), "Data source " + sourceId + " '" + name + "'"),
                () => Client.GetDataSourceAsync(sourceId, token)).ConfigureAwait(false);
        }

        /// <summary>The type's config items, asked once per type; null (after an error) when they cannot be read.</summary>
        private IReadOnlyList<MmsDataSourceConfigItem>? ConfigItems(string type)
        {
            if (_itemsByType.TryGetValue(type, out IReadOnlyList<MmsDataSourceConfigItem>? known))
            {
                return known;
            }
            try
            {
                MmsDataSourceConfigItem[] items = AwaitOnPipeline(token => Client.ListDataSourceConfigItemsAsync(type, ConfigItemLanguages.English, token));
                _itemsByType[type] = items;
                return items;
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, new MmsConfigItemListReference(type)));
                return null;
            }
        }
    }
}
