namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Checks a -Status filter while it binds: each value is a state of the set or a wildcard that matches one
    /// (DATA_FAILED, *FAILED, data_*), ignoring case; anything else is refused before any request.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateStatusAttribute : ValidateEnumeratedArgumentsAttribute
    {
        public ValidateStatusAttribute(StatusKind kind)
        {
            Kind = kind;
        }

        public StatusKind Kind { get; }

        protected override void ValidateElement(object element)
        {
            string? problem = element is string pattern ? StatusSets.Problem(pattern, Kind) : "a state is text, e.g. FAILED.";
            if (problem != null)
            {
                throw new ValidationMetadataException(problem);
            }
        }
    }
}
