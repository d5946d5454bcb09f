namespace MmsPowerShell.Commands
{
    /// <summary>
    /// An object piped to a cmdlet that none of its parameters takes, as <see cref="PipelineInputGuard"/> binds it so the
    /// cmdlet can refuse it with one clear error. No public constructor: PowerShell must never convert anything to it.
    /// </summary>
    public sealed class UnsupportedPipelineInput
    {
        internal UnsupportedPipelineInput(PSObject input)
        {
            Input = input;
        }

        /// <summary>The object as it was piped.</summary>
        public PSObject Input { get; }

        /// <summary>What the object is, for a message: its type name without the namespace, e.g. MmsJob, String.</summary>
        public string TypeName
        {
            get
            {
                object value = Input.BaseObject;
                return value is PSCustomObject ? "PSCustomObject" : value.GetType().Name;
            }
        }
    }
}
