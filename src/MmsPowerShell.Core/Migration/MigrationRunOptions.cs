using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>How a run drives its jobs (Invoke-MmsMigration's -MaxRunningJobs, -MaxAttempts, -RetryDelaySec ...).</summary>
    public sealed class MigrationRunOptions
    {
        /// <summary>
        /// How long a create whose job has not appeared is looked up by name before a later run may take it as never
        /// arrived. Creation takes seconds; within one run a create is never sent twice, whatever this says.
        /// </summary>
        public static readonly TimeSpan DefaultCreationWindow = TimeSpan.FromMinutes(10);

        public MigrationRunOptions(long sourceId, string name, Func<MmsMigrationRunJob, MmsJobDefinition> define)
        {
            SourceId = sourceId;
            Name = name;
            Define = define;
        }

        public long SourceId { get; }

        public string Name { get; }

        /// <summary>The CreateMmsJob request for a planned job (the pass-through options are the cmdlet's).</summary>
        public Func<MmsMigrationRunJob, MmsJobDefinition> Define { get; }

        public int MaxRunningJobs { get; set; } = 4;

        /// <summary>Runs a job may have in one round of the run: 1 = no retry.</summary>
        public int MaxAttempts { get; set; } = 3;

        /// <summary>The wait before the first retry; it doubles with each further one, with jitter.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

        public TimeSpan CreationWindow { get; set; } = DefaultCreationWindow;

        /// <summary>Requests in flight at once for the reads of one round.</summary>
        public int Parallel { get; set; } = 8;
    }
}
