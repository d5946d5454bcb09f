using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Credentials;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -ProfileName from the aliyun CLI file's profiles and the INI credentials file's sections, the file as tooltip.</summary>
    public sealed class ProfileNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = CompletionSource.Prefix(wordToComplete);
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
            return profiles
                .Where(p => p.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(p => new CompletionResult(CompletionSource.Quote(p.Key), p.Key, CompletionResultType.ParameterValue, p.Key + " (" + p.Value + ")"));
        }
    }
}
