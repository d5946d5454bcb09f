using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -ProfileName from the aliyun CLI file's profiles and the INI credentials file's sections, the file as tooltip.</summary>
    public sealed class ProfileNameCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound)
        {
            IReadOnlyList<KeyValuePair<string, string>> profiles;
            try
            {
                profiles = ProfileNames.List(ProcessEnvironment.Instance);
            }
            catch (Exception)
            {
                // An unreadable file: the call itself will say what is wrong with it; the prompt stays quiet.
                return Enumerable.Empty<CompletionResult>();
            }
            return CompletionSource.Names(profiles, wordToComplete, p => p.Key, p => p.Key + " (" + p.Value + ")");
        }
    }
}
