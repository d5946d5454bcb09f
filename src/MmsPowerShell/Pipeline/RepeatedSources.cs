namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The data sources one call of a whole-source cmdlet (Set-/Remove-MmsDataSource) has handled. -SourceId binds by
    /// property name from any object, so piping a source's tables in names the same source once per table: it is acted
    /// on once, not once per row.
    /// </summary>
    internal sealed class RepeatedSources
    {
        private readonly HashSet<long> _handled = new HashSet<long>();

        /// <summary>True when <paramref name="sourceId"/> was handled earlier in this call (and says so in -Verbose).</summary>
        public bool Seen(long sourceId, Action<string> verbose)
        {
            if (_handled.Add(sourceId))
            {
                return false;
            }
            verbose("Data source " + sourceId + " was given again in this call; it is handled once.");
            return true;
        }
    }
}
