namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What a Set- cmdlet is about to change, for -WhatIf and -Confirm: each value with its current one when the
    /// piped object says what that is, e.g. "DestinationProject 'mma_sales' -> 'dw_prod'; Status DONE -> INIT".
    /// </summary>
    internal sealed class ChangeList
    {
        private readonly List<string> _changes = new List<string>();

        public bool IsEmpty => _changes.Count == 0;

        /// <param name="current">The current value; null when it is empty.</param>
        /// <param name="currentKnown">False when the object was given by id, so its current value is not known without a request.</param>
        public ChangeList Add(string name, string? newValue, string? current = null, bool currentKnown = false)
        {
            if (newValue != null)
            {
                _changes.Add(currentKnown ? name + " " + Quote(current) + " -> " + Quote(newValue) : name + " -> " + Quote(newValue));
            }
            return this;
        }

        /// <summary>A change whose value must not be shown (a secret).</summary>
        public ChangeList AddHidden(string name)
        {
            _changes.Add(name + " -> (secret, not shown)");
            return this;
        }

        public override string ToString() => string.Join("; ", _changes);

        private static string Quote(string? value) => value == null ? "(none)" : "'" + value + "'";
    }
}
