using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Completion
{
    /// <summary>Completes -TimerId with the ids of the source's timers (first page), their names, schedules and states as tooltips.</summary>
    public sealed class TimerIdCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Ids(
                CompletionSource.FirstPageOfSource(bound, "timers", (client, sourceId, pageNum, pageSize, token) => client.ListTimersAsync(sourceId, new MmsTimerQuery(), pageNum, pageSize, token)),
                wordToComplete, t => t.TimerId, t => t.Name, t => t.Name + " (" + t.Schedule + ", " + (t.Stopped ? "stopped" : "running") + ", " + t.DbName + ")");
    }
}
