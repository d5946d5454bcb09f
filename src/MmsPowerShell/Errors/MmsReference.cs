using System.Management.Automation;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The target object of a per-object error. Its public properties bind back to the cmdlets' id parameters
    /// (so <c>$Error.TargetObject | Get-MmsTable</c> retries what failed), and it knows which ErrorId a
    /// "not found" answer about it gets. That id is internal, so it does not show as a property.
    /// </summary>
    public abstract class MmsReference
    {
        internal abstract MmsErrorId NotFoundErrorId { get; }

        /// <summary>
        /// The command that shows whether a change to this object happened, for a state-changing request whose answer
        /// was lost (e.g. "Get-MmsJob -SourceId 2000028 -Name nightly"); null for objects only ever read.
        /// </summary>
        internal virtual string? OutcomeCheck => null;

        /// <summary>
        /// A name as a -Name argument of a check command that finds exactly that name: wildcard characters escaped
        /// (the -Name parameters take wildcards, so 'load[2024]' would match nothing), then single-quoted.
        /// </summary>
        internal static string LiteralNameArgument(string name) => "'" + WildcardPattern.Escape(name).Replace("'", "''") + "'";
    }
}
