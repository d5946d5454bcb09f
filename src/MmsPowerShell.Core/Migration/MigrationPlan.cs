using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>What the planner made of the tables in scope: new jobs, and the tables it could not place.</summary>
    public sealed class MigrationPlan
    {
        internal MigrationPlan(IReadOnlyList<MmsMigrationRunJob> newJobs, IReadOnlyList<MmsTable> withoutDestination, int alreadyPlanned)
        {
            NewJobs = newJobs;
            WithoutDestination = withoutDestination;
            AlreadyPlanned = alreadyPlanned;
        }

        /// <summary>Jobs to create, Status PLANNED, in the order they are numbered.</summary>
        public IReadOnlyList<MmsMigrationRunJob> NewJobs { get; }

        /// <summary>Tables with no destination project: an error each, and in no job.</summary>
        public IReadOnlyList<MmsTable> WithoutDestination { get; }

        /// <summary>Tables in scope that one of the run's jobs already has (skipped).</summary>
        public int AlreadyPlanned { get; }
    }
}
