namespace MmsPowerShell.Core.Http
{
    /// <summary>A migration job to create (CreateMmsJob): one source database, where it goes, and the migration options.</summary>
    public sealed class MmsJobDefinition
    {
        public MmsJobDefinition(string name, string srcDbName)
        {
            Name = name;
            SrcDbName = srcDbName;
        }

        public string Name { get; }

        /// <summary>The source database; the service takes one per job.</summary>
        public string SrcDbName { get; }

        public string? SrcSchemaName { get; set; }

        /// <summary>
        /// The destination MaxCompute project. New-MmsJob always sends one (the tables' own destination when none is
        /// given): what the service does without it is not documented.
        /// </summary>
        public string? DstDbName { get; set; }

        public string? DstSchemaName { get; set; }

        /// <summary>How the data is moved, e.g. HIVE or BIGQUERY; null for the source's default.</summary>
        public string? TaskType { get; set; }

        public MmsMigrationOptions Options { get; set; } = new MmsMigrationOptions();
    }
}
