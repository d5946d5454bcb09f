namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The template of every cmdlet that acts on existing objects of a data source by id (jobs, tasks, timers): the
    /// row's ids checked (<see cref="Targets"/>), -WhatIf/-Confirm before any request, one request per object
    /// (<see cref="SendAsync"/>) that is never resent when its answer is lost, an optional refusal checked first, and
    /// the object read back after it (<see cref="ReadBack"/>, the cmdlet's -PassThru), all written in input order.
    /// A new action says only its <see cref="ActionName"/> and <see cref="SendAsync"/>.
    /// </summary>
    /// <typeparam name="TTarget">What one id names (it names the object in errors and pipes back into the cmdlet).</typeparam>
    /// <typeparam name="TObject">The object as -PassThru writes it.</typeparam>
    public abstract class MmsObjectActionCmdlet<TTarget, TObject> : MmsSourceObjectCmdlet
        where TTarget : MmsReference
        where TObject : class
    {
        /// <summary>What ShouldProcess shows, e.g. "Start migration job".</summary>
        private protected abstract string ActionName { get; }

        /// <summary>Whether the object is written as read after the change (the cmdlet's -PassThru, where it has one).</summary>
        private protected virtual bool ReadBack => false;

        /// <summary>Checks the row's ids (a bad CSV value is an error for that row), then acts on each after -WhatIf/-Confirm.</summary>
        protected sealed override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            foreach (TTarget target in Targets())
            {
                if (this.ShouldChange(target.ToString(), ActionName))
                {
                    Act(target);
                }
            }
        }

        /// <summary>The targets of the row's ids, through <see cref="MmsCmdlet.InputTargets"/>.</summary>
        private protected abstract IReadOnlyList<TTarget> Targets();

        /// <summary>Queues the change of one object; its outcome (the object read back, a refusal, or nothing) is written in input order.</summary>
        private protected virtual void Act(TTarget target) =>
            QueueRequest(async token =>
            {
                ErrorRecord? refusal = await RefusalAsync(target, token).ConfigureAwait(false);
                return refusal ?? (object?)await ChangeAsync(target, token).ConfigureAwait(false);
            }, target, WriteIfAny);

        /// <summary>Sends the change; with <see cref="ReadBack"/>, reads the object afterwards under the follow-up rule.</summary>
        private protected virtual Task<TObject?> ChangeAsync(TTarget target, CancellationToken token) =>
            ChangeThenReadAsync(() => SendAsync(target, token), ReadBack, target, () => ReadBackAsync(target, token));

        /// <summary>Why this object must not be changed (an error written in its place, nothing sent); null to go on.</summary>
        private protected virtual Task<ErrorRecord?> RefusalAsync(TTarget target, CancellationToken token) => Task.FromResult<ErrorRecord?>(null);

        /// <summary>The operation itself (StartMmsJob, RetryMmsTask, UpdateMmsTimer, ...).</summary>
        private protected abstract Task<long> SendAsync(TTarget target, CancellationToken token);

        /// <summary>The object as -PassThru writes it.</summary>
        private protected abstract Task<TObject> ReadBackAsync(TTarget target, CancellationToken token);
    }
}
