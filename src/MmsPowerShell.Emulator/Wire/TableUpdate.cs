namespace MmsPowerShell.Emulator
{
    /// <summary>UpdateMmsTable's body, and the shared part of UpdateMmsTables' and UpdateMmsDb's: empty fields change nothing.</summary>
    public sealed class TableUpdate
    {
        public string? DstProjectName { get; set; }
        public string? DstSchemaName { get; set; }

        /// <summary>UpdateMmsTable: the target table; UpdateMmsDb: the target schema.</summary>
        public string? DstName { get; set; }
        public string? Status { get; set; }

        /// <summary>UpdateMmsTables: the database whose tables change, all of them unless TableNames picks some.</summary>
        public string? DbName { get; set; }
        public string[]? TableNames { get; set; }

        /// <summary>UpdateMmsTables: table ids (deprecated in the SDK, still accepted).</summary>
        public long[]? Tables { get; set; }
    }
}
