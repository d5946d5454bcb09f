using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Completion;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What the cmdlets that act on existing timers share, on the job actions' template: timers by -SourceId/-TimerId
    /// (MmsTimer objects and error targets bind by property name), -WhatIf/-Confirm before any request, one request per
    /// timer (<see cref="ActionName"/>, <see cref="SendAsync"/>), and the timer read back after it when <see cref="ReadBack"/>.
    /// </summary>
    public abstract class MmsTimerCmdlet : MmsSourceObjectCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TimerIdCompleter))]
        public long[] TimerId { get; set; } = new long[0];

        /// <summary>What ShouldProcess shows, e.g. "Delete timer".</summary>
        private protected abstract string ActionName { get; }

        /// <summary>Whether the timer is written as read after the change (the cmdlet's -PassThru, where it has one).</summary>
        private protected virtual bool ReadBack => false;

        /// <summary>Checks the row's timer ids (a bad CSV value is an error for that row), then acts on each after -WhatIf/-Confirm.</summary>
        protected sealed override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            foreach (MmsTimerReference timer in InputTargets(nameof(TimerId), TimerId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTimerReference(SourceId, id)))
            {
                if (this.ShouldChange(timer.ToString(), ActionName))
                {
                    Act(timer);
                }
            }
        }

        /// <summary>Sends the change for one timer, its outcome written in input order; with <see cref="ReadBack"/>, then reads the timer.</summary>
        private protected virtual void Act(MmsTimerReference timer) =>
            QueueRequest(token => ChangeThenReadAsync(() => SendAsync(timer, token), ReadBack, timer,
                () => Client.GetTimerAsync(timer.SourceId, timer.TimerId, token)), timer, WriteIfAny);

        /// <summary>The operation itself (UpdateMmsTimer, DeleteMmsTimer, TriggerMmsTimer).</summary>
        private protected abstract Task<long> SendAsync(MmsTimerReference timer, CancellationToken token);
    }
}
