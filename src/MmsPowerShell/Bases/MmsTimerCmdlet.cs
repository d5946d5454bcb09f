using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>What the cmdlets that act on existing timers share: the ids, bound from piped timers, and UpdateMmsTimer with -PassThru.</summary>
    public abstract class MmsTimerCmdlet : MmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TimerIdCompleter))]
        public long[] TimerId { get; set; } = new long[0];

        /// <summary>Sends UpdateMmsTimer for each timer after -WhatIf/-Confirm; with -PassThru writes the timer as read after the change.</summary>
        /// <summary>Checks the row's timer ids (a bad CSV value is an error for that row), then acts on them.</summary>
        protected sealed override void ProcessRecord()
        {
            if (AcceptInputIds(nameof(TimerId), TimerId))
            {
                ProcessTimers();
            }
        }

        /// <summary>What the cmdlet does with this row's -SourceId and -TimerId.</summary>
        private protected abstract void ProcessTimers();

        private protected void Update(string? scheduleType, string? value, bool? stopped, string action, bool passThru)
        {
            long sourceId = SourceId;
            foreach (long timerId in TimerId)
            {
                var reference = new MmsTimerReference(sourceId, timerId);
                if (!this.ShouldChange(reference.ToString(), action))
                {
                    continue;
                }
                QueueRequest(token => UpdateAsync(sourceId, timerId, scheduleType, value, stopped, passThru, token), reference, timer =>
                {
                    if (timer != null)
                    {
                        WriteObject(timer);
                    }
                });
            }
        }

        private async Task<MmsTimer?> UpdateAsync(long sourceId, long timerId, string? scheduleType, string? value, bool? stopped, bool passThru,
            CancellationToken token)
        {
            await Client.UpdateTimerAsync(sourceId, timerId, scheduleType, value, stopped, token).ConfigureAwait(false);
            return passThru ? await Client.GetTimerAsync(sourceId, timerId, token).ConfigureAwait(false) : null;
        }
    }
}
