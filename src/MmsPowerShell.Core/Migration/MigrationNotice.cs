namespace MmsPowerShell.Core.Migration
{
    /// <summary>A line the run wants shown (the cmdlet writes it as a warning or a verbose line on the pipeline thread).</summary>
    public sealed class MigrationNotice
    {
        public MigrationNotice(MigrationNoticeKind kind, string text)
        {
            Kind = kind;
            Text = text;
        }

        public MigrationNoticeKind Kind { get; }

        public string Text { get; }

        public override string ToString() => Text;
    }

    public enum MigrationNoticeKind
    {
        Warning,
        Verbose,
    }
}
