namespace MmsPowerShell.Core.Migration
{
    /// <summary>What the ledger keeps about a job beyond <see cref="Models.MmsMigrationRunJob"/>: facts only this run knows.</summary>
    public sealed class MigrationJobNote
    {
        /// <summary>Attempts when the current round of -MaxAttempts began.</summary>
        public int AttemptsBefore { get; set; }

        /// <summary>When CreateMmsJob was sent and its job not yet seen.</summary>
        public DateTimeOffset? CreateSentAt { get; set; }

        /// <summary>The asynchronous task that creates the job, when the create's answer came.</summary>
        public long AsyncTaskId { get; set; }
    }
}
