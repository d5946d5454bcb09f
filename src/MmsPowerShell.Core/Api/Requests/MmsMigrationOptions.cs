namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// What to migrate and how: the options CreateMmsJob and CreateMmsTimer share (job-operations.md 4.1 and 4.5).
    /// Their request bodies derive from this type, so the options are serialized at the top level of each body with
    /// the same names; a null member is not sent and leaves the service's default. CreateMmsTimer has no
    /// schemaOnly or increment: leave them null there.
    /// </summary>
    public class MmsMigrationOptions
    {
        /// <summary>Table names to migrate; null for the whole database (less the black/white lists).</summary>
        public IList<string>? Tables { get; set; }

        /// <summary>MMA partition ids (from ListMmsPartitions), not partition specs.</summary>
        public IList<long>? Partitions { get; set; }

        public IList<string>? TableBlackList { get; set; }

        public IList<string>? TableWhiteList { get; set; }

        /// <summary>Table name → partition filter expression, e.g. "p1 &gt;= '2022-03-04'".</summary>
        public IDictionary<string, string>? PartitionFilters { get; set; }

        /// <summary>Source table name → destination table name.</summary>
        public IDictionary<string, string>? TableMapping { get; set; }

        public IDictionary<string, string>? ColumnMapping { get; set; }

        /// <summary>Migrate the schema only (CreateMmsJob only).</summary>
        public bool? SchemaOnly { get; set; }

        /// <summary>Move only new or changed data (CreateMmsJob only).</summary>
        public bool? Increment { get; set; }

        public bool? EnableSchemaMigration { get; set; }

        public bool? EnableDataMigration { get; set; }

        public bool? EnableVerification { get; set; }

        /// <summary>Copies the options onto a request body that derives from this type.</summary>
        internal void CopyTo(MmsMigrationOptions body)
        {
            body.Tables = Tables;
            body.Partitions = Partitions;
            body.TableBlackList = TableBlackList;
            body.TableWhiteList = TableWhiteList;
            body.PartitionFilters = PartitionFilters;
            body.TableMapping = TableMapping;
            body.ColumnMapping = ColumnMapping;
            body.SchemaOnly = SchemaOnly;
            body.Increment = Increment;
            body.EnableSchemaMigration = EnableSchemaMigration;
            body.EnableDataMigration = EnableDataMigration;
            body.EnableVerification = EnableVerification;
        }
    }
}
