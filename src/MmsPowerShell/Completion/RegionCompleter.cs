using MmsPowerShell.Core.Connection;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -Region from the region ids the module knows, their names as tooltips; no request is sent.</summary>
    public sealed class RegionCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Names(KnownRegions.Ids, wordToComplete, id => id, KnownRegions.NameOf);
    }
}
