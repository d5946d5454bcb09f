using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -TimerId with the ids of the source's timers (first page), their names, schedules and states as tooltips.</summary>
    public sealed class TimerIdCompleter : IArgumentCompleter
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
            return CompletionSource.Load(fakeBoundParameters, "timers|" + sourceId,
                    (client, token) => client.ListTimersAsync(sourceId.Value, new MmsTimerQuery(), 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items)
                .Where(t => t.TimerId.ToString(CultureInfo.InvariantCulture).StartsWith(prefix, StringComparison.Ordinal))
                .Select(t => new CompletionResult(t.TimerId.ToString(CultureInfo.InvariantCulture), t.TimerId + " " + t.Name,
                    CompletionResultType.ParameterValue, t.Name + " (" + t.Schedule + ", " + (t.Stopped ? "stopped" : "running") + ", " + t.DbName + ")"));
        }
    }
}
