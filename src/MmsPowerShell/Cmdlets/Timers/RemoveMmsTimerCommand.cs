using System.Management.Automation;

namespace MmsPowerShell.Commands
{
    /// <summary>Removes timers (DeleteMmsTimer); the jobs they already started stay.</summary>
    [Cmdlet(VerbsCommon.Remove, "MmsTimer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveMmsTimerCommand : MmsTimerCmdlet
    {
        private protected override void ProcessTimers()
        {
            long sourceId = SourceId;
            foreach (long timerId in TimerId)
            {
                var reference = new MmsTimerReference(sourceId, timerId);
                if (this.ShouldChange(reference.ToString(), "Delete timer"))
                {
                    QueueRequest(token => Client.DeleteTimerAsync(sourceId, timerId, token), reference, _ => { });
                }
            }
        }
    }
}
