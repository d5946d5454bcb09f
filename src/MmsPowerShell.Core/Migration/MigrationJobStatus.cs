using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// The words <see cref="MmsMigrationRunJob.Status"/> takes: the run's own two before the job exists, then the
    /// service's job status (INIT, DOING, DONE, FAILED), and NOTCREATED when the service refused to create it.
    /// </summary>
    public static class MigrationJobStatus
    {
        /// <summary>Planned; CreateMmsJob not sent.</summary>
        public const string Planned = "PLANNED";

        /// <summary>CreateMmsJob sent; the job has not been seen in the service yet (creation is asynchronous, or the answer was lost).</summary>
        public const string Creating = "CREATING";

        /// <summary>The service's asynchronous creation ended FAILED: no job exists.</summary>
        public const string NotCreated = "NOTCREATED";

        public static bool Is(string? status, string word) => string.Equals(status, word, StringComparison.OrdinalIgnoreCase);

        /// <summary>The job exists in the service (it has an id and a service status).</summary>
        public static bool Exists(MmsMigrationRunJob job) => job.JobId != 0 && !Is(job.Status, Planned) && !Is(job.Status, Creating);
    }
}
