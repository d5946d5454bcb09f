namespace MmsPowerShell.Core.Models
{
    /// <summary>Migration status of a table. Member names are the service's own words, so what people read
    /// in the console is what they type in Where-Object or -Status.</summary>
    public enum MmsTableStatus
    {
        /// <summary>A value this version of the module does not know; the raw text is in StatusText.</summary>
        Unknown = 0,
        INIT,
        DOING,
        DONE,
        PART_DONE,
        FAILED,
    }
}
