namespace MmsPowerShell.Commands
{
    /// <summary>A table's migration states: what Get-MmsTable -Status filters on, and what UpdateMmsTable/Tables/Db accept (INIT resets an object so that it migrates again).</summary>
    internal static class TableStatusValues
    {
        public const string Init = "INIT";
        public const string Doing = "DOING";
        public const string Done = "DONE";
        public const string PartDone = "PART_DONE";
        public const string Failed = "FAILED";
    }
}
