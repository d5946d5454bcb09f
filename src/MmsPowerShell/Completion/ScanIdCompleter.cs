using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MmsPowerShell.Completion
{
    /// <summary>
    /// Completes -ScanId with the latest scan of the -SourceId on the command line (the data source's ScanId, from
    /// GetMmsDataSource), its state as tooltip. The service has no operation that lists scans, so that one id is all
    /// there is to offer.
    /// </summary>
    public sealed class ScanIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            long? sourceId = CompletionSource.BoundLong(fakeBoundParameters, "SourceId");
            if (sourceId == null)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            string prefix = CompletionSource.Prefix(wordToComplete);
            return CompletionSource.Load(fakeBoundParameters, "source|" + sourceId,
                    (client, token) => new[] { client.GetDataSourceAsync(sourceId.Value, token).GetAwaiter().GetResult() })
                .Where(s => s.ScanId > 0 && s.ScanId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal))
                .Select(s => new CompletionResult(s.ScanId.ToString(CultureInfo.InvariantCulture), s.ScanId + " latest scan",
                    CompletionResultType.ParameterValue, "The latest scan of " + s.Name + " (" + s.ScanStatus + ")"));
        }
    }
}
