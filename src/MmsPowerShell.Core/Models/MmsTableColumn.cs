namespace MmsPowerShell.Core.Models
{
    /// <summary>One column of a table, an ordinary column or a partition key.</summary>
    public sealed partial class MmsTableColumn
    {
        public long SourceId { get; internal set; }

        public long TableId { get; internal set; }

        public string? DbName { get; internal set; }

        public string? TableName { get; internal set; }

        /// <summary>1-based: ordinary columns first, then partition keys, as in the table's DDL.</summary>
        public int Position { get; internal set; }

        public string? Name { get; internal set; }

        public string? Type { get; internal set; }

        public string? Comment { get; internal set; }

        public string? DefaultValue { get; internal set; }

        public bool? Nullable { get; internal set; }

        public bool IsPartitionKey { get; internal set; }

        public override string ToString() => Name + " " + Type;
    }
}
