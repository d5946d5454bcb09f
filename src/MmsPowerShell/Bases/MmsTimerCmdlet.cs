using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What the cmdlets that act on existing timers share: timers by -SourceId/-TimerId (MmsTimer objects and error
    /// targets bind by property name), on the object actions' template.
    /// </summary>
    public abstract class MmsTimerCmdlet : MmsObjectActionCmdlet<MmsTimerReference, MmsTimer>
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TimerIdCompleter))]
        public long[] TimerId { get; set; } = new long[0];

        private protected override IReadOnlyList<MmsTimerReference> Targets() =>
            InputTargets(nameof(TimerId), TimerId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTimerReference(SourceId, id));

        private protected override Task<MmsTimer> ReadBackAsync(MmsTimerReference timer, CancellationToken token) =>
            Client.GetTimerAsync(timer.SourceId, timer.TimerId, token);
    }

}
