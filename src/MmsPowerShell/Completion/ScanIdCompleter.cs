using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Linq;
using MmsPowerShell.Core.Models;

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
            IReadOnlyList<MmsDataSource> source = CompletionSource.LoadForSource(fakeBoundParameters, "source",
                (client, sourceId, token) => new[] { client.GetDataSourceAsync(sourceId, token).GetAwaiter().GetResult() });
            return CompletionSource.Ids(source.Where(s => s.ScanId > 0), wordToComplete, s => s.ScanId, _ => "latest scan",
                s => "The latest scan of " + s.Name + " (" + s.ScanStatus + ")");
        }
    }
}
