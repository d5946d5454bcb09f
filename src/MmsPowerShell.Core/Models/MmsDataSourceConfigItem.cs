namespace MmsPowerShell.Core.Models
{
    /// <summary>A configuration key of a data source type (ListMmsDataSourceConfigItems): what New-MmsDataSource -Config takes.</summary>
    public sealed class MmsDataSourceConfigItem
    {
        /// <summary>The data source type the item belongs to (HIVE, BIGQUERY), from the request.</summary>
        public string? SourceType { get; internal set; }

        public string? Key { get; internal set; }

        public string? Name { get; internal set; }

        public string? Description { get; internal set; }

        /// <summary>e.g. group.basic, group.security, group.mc, group.advanced.</summary>
        public string? Group { get; internal set; }

        /// <summary>STRING, PASSWORD, ENUM, BOOLEAN, INT or FILE, as the service sends it.</summary>
        public string? Type { get; internal set; }

        /// <summary>For FILE items, the kind of file (e.g. .keytab, .json).</summary>
        public string? SubType { get; internal set; }

        public bool Required { get; internal set; }

        /// <summary>A secret (PASSWORD or FILE): its value is never shown by the module.</summary>
        public bool IsSecret { get; internal set; }

        public IReadOnlyList<string> Enums { get; internal set; } = new string[0];

        /// <summary>The allowed values in one text (what Export-Csv writes).</summary>
        public string? EnumsText { get; internal set; }

        public string? PlaceHolder { get; internal set; }

        /// <summary>The default (or current) value as text; JSON text when it is not a string.</summary>
        public string? DefaultValue { get; internal set; }

        public string? SubItemsText { get; internal set; }

        public string? RequestId { get; internal set; }

        public override string ToString() => Key ?? string.Empty;
    }
}
