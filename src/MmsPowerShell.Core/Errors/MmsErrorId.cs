namespace MmsPowerShell.Core.Errors
{
    /// <summary>
    /// A stable ErrorId a runbook can branch on, with the kind of failure it is. The kind alone decides the
    /// PowerShell ErrorCategory, so an id can never silently fall into the wrong category.
    /// </summary>
    public sealed class MmsErrorId
    {
        internal MmsErrorId(string id, MmsErrorKind kind)
        {
            Id = id;
            Kind = kind;
        }

        public string Id { get; }

        public MmsErrorKind Kind { get; }

        public override string ToString() => Id;
    }
}
