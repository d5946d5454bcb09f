namespace MmsPowerShell.Commands
{
    /// <summary>Removes timers (DeleteMmsTimer); the jobs they already started stay.</summary>
    [Cmdlet(VerbsCommon.Remove, "MmsTimer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveMmsTimerCommand : MmsTimerCmdlet
    {
        private protected override string ActionName => "Delete timer";

        private protected override Task<long> SendAsync(MmsTimerReference timer, CancellationToken token) =>
            Client.DeleteTimerAsync(timer.SourceId, timer.TimerId, token);
    }
}
