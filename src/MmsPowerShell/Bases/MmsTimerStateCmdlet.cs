namespace MmsPowerShell.Commands
{
    /// <summary>What Suspend- and Resume-MmsTimer share: one UpdateMmsTimer that sets only Stopped, and -PassThru.</summary>
    public abstract class MmsTimerStateCmdlet : MmsTimerCmdlet
    {
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The timer's Stopped after the change.</summary>
        private protected abstract bool Stopped { get; }

        private protected override bool ReadBack => PassThru;

        private protected override Task<long> SendAsync(MmsTimerReference timer, CancellationToken token) =>
            Client.UpdateTimerAsync(timer.SourceId, timer.TimerId, null, null, Stopped, token);
    }
}
