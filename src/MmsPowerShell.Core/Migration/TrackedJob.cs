using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>A job of the run while it is driven: the run's view of it, the ledger's note, and what only this process knows.</summary>
    internal sealed class TrackedJob
    {
        public TrackedJob(MmsMigrationRunJob job, MigrationJobNote note)
        {
            Job = job;
            Note = note;
        }

        public MmsMigrationRunJob Job { get; }

        public MigrationJobNote Note { get; }

        /// <summary>The job as the service last showed it.</summary>
        public MmsJob? Latest { get; set; }

        /// <summary>A start or retry was sent and its answer lost: the next read decides whether it happened.</summary>
        public UnknownOutcome Unknown { get; set; }

        /// <summary>When this process first saw the job FAILED (the retry delay counts from here).</summary>
        public DateTimeOffset? FailedSeenAt { get; set; }

        /// <summary>When the job's next retry is due, once decided.</summary>
        public DateTimeOffset? RetryDueAt { get; set; }

        /// <summary>CreateMmsJob was sent by this process (so it is never sent again here).</summary>
        public bool CreateSentHere { get; set; }

        /// <summary>A create of this process whose job never appeared within the creation window: left to a later run.</summary>
        public bool GivenUp { get; set; }

        /// <summary>Why the service refused to create the job (Status NOTCREATED).</summary>
        public string? RefusedBecause { get; set; }

        /// <summary>Warned once that the job was stopped by someone.</summary>
        public bool ToldStopped { get; set; }

        public int AttemptsUsed => Job.Attempts - Note.AttemptsBefore;

        public string Status => Job.Status;

        public bool Is(string status) => MigrationJobStatus.Is(Job.Status, status);

        public bool Stopped => Latest != null && Latest.Stopped && !Latest.IsFinished;
    }

    internal enum UnknownOutcome
    {
        None,
        Start,
        Retry,
    }
}
