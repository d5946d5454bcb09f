namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What every cmdlet that waits for the service shares: -WaitTimeoutSec (the whole wait, reads included),
    /// -PollIntervalSec, and one typed wait over the poller (<see cref="WaitUntilEnded{TTarget, TState}(IReadOnlyList{TTarget}, WaitPlan{TTarget, TState})"/>), so a waiting cmdlet
    /// says only what it waits for (a <see cref="WaitPlan{TTarget, TState}"/>).
    /// </summary>
    public abstract class MmsWaitingCmdlet : MmsCmdlet
    {
        /// <summary>
        /// Default seconds between two reads, by what is waited for: an asynchronous task or a connection test usually
        /// ends within seconds, a metadata scan within a minute, a migration job takes minutes to hours; a job's own
        /// creation (New-MmsJob) usually well under a second.
        /// </summary>
        private protected const double AsyncTaskPollSec = 1;

        private protected const double ScanPollSec = 2;

        private protected const double JobPollSec = 5;

        private protected const double JobCreationPollSec = 0.25;

        private readonly TimeSpan? _defaultWaitLimit;

        /// <param name="defaultPollIntervalSec">-PollIntervalSec when not given (one of the constants above).</param>
        /// <param name="defaultWaitLimit">How long to wait without -WaitTimeoutSec; null: until everything ends or Ctrl+C.</param>
        private protected MmsWaitingCmdlet(double defaultPollIntervalSec, TimeSpan? defaultWaitLimit = null)
        {
            PollIntervalSec = defaultPollIntervalSec;
            _defaultWaitLimit = defaultWaitLimit;
        }

        /// <summary>Seconds to wait in all, reads included; what is still running then gets an MmsWaitTimeout error.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public virtual int WaitTimeoutSec { get; set; }

        /// <summary>Seconds between two reads of the same object.</summary>
        [Parameter]
        [ValidateRange(Poller.MinIntervalSec, Poller.MaxIntervalSec)]
        public double PollIntervalSec { get; set; }

        /// <summary>A new budget for one wait: -WaitTimeoutSec, else the cmdlet's default.</summary>
        private protected WaitBudget NewWaitBudget()
        {
            int? given = BoundValue(nameof(WaitTimeoutSec), WaitTimeoutSec);
            return new WaitBudget(given.HasValue ? TimeSpan.FromSeconds(given.Value) : _defaultWaitLimit);
        }

        /// <summary>Waits for every target at once, as the plan says, within a budget of its own.</summary>
        private protected void WaitUntilEnded<TTarget, TState>(IReadOnlyList<TTarget> targets, WaitPlan<TTarget, TState> plan)
            where TTarget : MmsReference
            where TState : class
        {
            using (WaitBudget budget = NewWaitBudget())
            {
                WaitUntilEnded(targets, plan, budget);
            }
        }

        /// <summary>Waits for every target at once within <paramref name="budget"/>, which the caller may go on spending (e.g. on reading back what was made).</summary>
        private protected void WaitUntilEnded<TTarget, TState>(IReadOnlyList<TTarget> targets, WaitPlan<TTarget, TState> plan, WaitBudget budget)
            where TTarget : MmsReference
            where TState : class =>
            new Poller<TTarget, TState>(this, plan, TimeSpan.FromSeconds(PollIntervalSec), budget).Run(targets);
    }
}
