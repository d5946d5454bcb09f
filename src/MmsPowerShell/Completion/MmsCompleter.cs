using System.Management.Automation.Language;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// What every completer of the module is called with, reduced to what they read: the word typed so far and the
    /// parameters already on the command line (the command, parameter and syntax tree are never needed).
    /// </summary>
    public abstract class MmsCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Complete(wordToComplete, fakeBoundParameters);

        /// <summary>The completions for <paramref name="wordToComplete"/>, given the parameters already <paramref name="bound"/>.</summary>
        private protected abstract IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound);
    }
}
