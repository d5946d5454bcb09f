namespace MmsPowerShell.Commands
{
    /// <summary>
    /// One job New-MmsJob is about to create: a source database, the destination project it goes to, and what of
    /// the database it migrates (named tables, partition ids, or the whole database when both are null).
    /// </summary>
    internal sealed class JobPlan
    {
        public JobPlan(long sourceId, string dbName, string destination)
        {
            SourceId = sourceId;
            DbName = dbName;
            Destination = destination;
        }

        public long SourceId { get; }

        public string DbName { get; }

        /// <summary>The project every table of the job goes to, sent as dstDbName.</summary>
        public string Destination { get; }

        /// <summary>Table names, in the order they came; null for the whole database (or when partitions name the scope).</summary>
        public List<string>? Tables { get; set; }

        public List<long>? PartitionIds { get; set; }

        public string Name { get; set; } = string.Empty;

        /// <summary>Partition ids -WhatIf and -Confirm name one by one; more are counted (720 ids made a line of 6,000 characters).</summary>
        private const int NamedPartitions = 10;

        /// <summary>What -WhatIf and -Confirm show: what is migrated and where it lands.</summary>
        public string Description =>
            "source " + SourceId + ", " +
            (PartitionIds != null ? "database " + DbName + ", " + PartitionList(PartitionIds)
            : Tables != null ? "database " + DbName + ", tables " + string.Join(", ", Tables)
            : "the whole database " + DbName) +
            " -> project " + Destination;

        /// <summary>"partitions 1, 2, 3", or "720 partitions: 1, 2, ..., 720" (the first ones and the last) when there are many.</summary>
        private static string PartitionList(List<long> ids) =>
            ids.Count <= NamedPartitions
                ? "partitions " + string.Join(", ", ids)
                : ids.Count + " partitions: " + string.Join(", ", ids.Take(NamedPartitions - 1)) + ", ..., " + ids[ids.Count - 1];

        /// <summary>
        /// Names the jobs: the name as given when there is one job; with several source databases, Name-dbName; with
        /// several destinations for one database, the destination is added too (Name-dbName-project, or Name-project
        /// when there is only the one database).
        /// </summary>
        public static void NameAll(IReadOnlyList<JobPlan> plans, string name)
        {
            int databases = plans.Select(p => (p.SourceId, p.DbName)).Distinct().Count();
            foreach (JobPlan plan in plans)
            {
                bool split = plans.Count(p => p.SourceId == plan.SourceId && p.DbName == plan.DbName) > 1;
                plan.Name = name + (databases > 1 ? "-" + plan.DbName : string.Empty) + (split ? "-" + plan.Destination : string.Empty);
            }
        }
    }
}
