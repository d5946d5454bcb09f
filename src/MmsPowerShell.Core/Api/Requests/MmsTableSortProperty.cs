namespace MmsPowerShell.Core.Http
{
    /// <summary>What can be sorted on in ListMmsTables.</summary>
    public enum MmsTableSortProperty
    {
        NumRows,
        Size,
        LastDdlTime,
    }
}
