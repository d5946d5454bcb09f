using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -TimerId with the ids of the source's timers (first page), their names, schedules and states as tooltips.</summary>
    public sealed class TimerIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<MmsTimer> timers = CompletionSource.LoadForSource(fakeBoundParameters, "timers",
                (client, sourceId, token) => client.ListTimersAsync(sourceId, new MmsTimerQuery(), 1, MmsApiClient.PageSize, token).GetAwaiter().GetResult().Items);
            return CompletionSource.Ids(timers, wordToComplete, t => t.TimerId, t => t.Name,
                t => t.Name + " (" + t.Schedule + ", " + (t.Stopped ? "stopped" : "running") + ", " + t.DbName + ")");
        }
    }
}
