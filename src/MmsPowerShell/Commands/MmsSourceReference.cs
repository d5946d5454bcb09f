namespace MmsPowerShell.Commands
{
    /// <summary>The target object of a per-source error; its SourceId binds back to -SourceId.</summary>
    public sealed class MmsSourceReference
    {
        public MmsSourceReference(long sourceId)
        {
            SourceId = sourceId;
        }

        public long SourceId { get; }

        public override string ToString() => "data source " + SourceId;
    }
}
