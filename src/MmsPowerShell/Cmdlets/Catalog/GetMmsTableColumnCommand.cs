using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets the columns of MMA tables, partition keys included and marked.</summary>
    [Cmdlet(VerbsCommon.Get, "MmsTableColumn", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(MmsTableColumn))]
    public sealed class GetMmsTableColumnCommand : MmsCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        private NameFilter _nameFilter = new NameFilter();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [ValidateNotNull]
        public MmsTable[] InputObject { get; set; } = new MmsTable[0];

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ArgumentCompleter(typeof(TableIdCompleter))]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        public long[] TableId { get; set; } = new long[0];

        /// <summary>Column names to keep; wildcards allowed, case-insensitive.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TableColumnNameCompleter))]
        public string[]? Name { get; set; }

        /// <summary>Only partition-key columns.</summary>
        [Parameter]
        public SwitchParameter PartitionKey { get; set; }

        /// <summary>Only ordinary columns.</summary>
        [Parameter]
        public SwitchParameter ExcludePartitionKey { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (PartitionKey && ExcludePartitionKey)
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.ConflictingColumnFilter,
                    "-PartitionKey and -ExcludePartitionKey exclude each other; use one of them.", null));
            }
            _nameFilter = new NameFilter(Name);
        }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (ParameterSetName == InputObjectSet)
            {
                foreach (MmsTable table in InputObject)
                {
                    WriteColumns(table);
                }
                return;
            }
            if (!AcceptInputIds(nameof(TableId), TableId, InputIdsAttribute.TakeRejectedValue()))
            {
                return;
            }
            foreach (long tableId in TableId)
            {
                QueueRead(
                    token => Client.GetTableAsync(SourceId, tableId, token),
                    new MmsTableReference(SourceId, tableId),
                    WriteColumns);
            }
        }

        private void WriteColumns(MmsTable table)
        {
            IEnumerable<MmsTableColumn> columns =
                PartitionKey ? table.PartitionKeys
                : ExcludePartitionKey ? table.Columns
                : table.Columns.Concat(table.PartitionKeys);
            foreach (MmsTableColumn column in columns)
            {
                if (_nameFilter.Matches(column.Name))
                {
                    WriteObject(column);
                }
            }
        }
    }
}
