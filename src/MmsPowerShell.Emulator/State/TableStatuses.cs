namespace MmsPowerShell.Emulator
{
    /// <summary>The statuses a table (or database) can be set to by UpdateMmsTable(s)/UpdateMmsDb.</summary>
    public static class TableStatuses
    {
        private static readonly string[] Known = { "INIT", "DOING", "DONE", "PART_DONE", "FAILED" };

        public static bool IsKnown(string status) => Known.Contains(status);

        /// <summary>The table with the update applied; INIT also clears its partition progress, so it can migrate again.</summary>
        public static DemoTable Apply(DemoTable table, TableUpdate update)
        {
            DemoTable changed = table with
            {
                DstProjectName = string.IsNullOrEmpty(update.DstProjectName) ? table.DstProjectName : update.DstProjectName,
                DstSchemaName = string.IsNullOrEmpty(update.DstSchemaName) ? table.DstSchemaName : update.DstSchemaName,
                DstName = string.IsNullOrEmpty(update.DstName) ? table.DstName : update.DstName,
            };
            return WithStatus(changed, update.Status);
        }

        public static DemoTable WithStatus(DemoTable table, string? status) =>
            string.IsNullOrEmpty(status) ? table
            : status == "INIT" ? table with { Status = status, PartitionsDoing = 0, PartitionsDone = 0, PartitionsFailed = 0 }
            : table with { Status = status };
    }
}
