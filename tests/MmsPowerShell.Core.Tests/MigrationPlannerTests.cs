using MmsPowerShell.Core.Migration;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Tests
{
    public class MigrationPlannerTests
    {
        private static MmsTable Table(long id, string db, string? destination = "mc", long size = 10) =>
            new MmsTable { SourceId = 7, TableId = id, DbName = db, Name = "t" + id, DestinationProject = destination, Size = size };

        private static MigrationPlan Plan(IEnumerable<MmsTable> tables, int perJob = 2, MigrationDestinations? destinations = null,
            IEnumerable<MmsMigrationRunJob>? existing = null) =>
            MigrationPlanner.Plan("run", perJob, destinations ?? new MigrationDestinations(), tables, existing ?? new MmsMigrationRunJob[0]);

        [Fact]
        public void CutsEachDatabaseIntoChunksInTableIdOrder()
        {
            MigrationPlan plan = Plan(new[] { Table(5, "b"), Table(3, "a"), Table(1, "a"), Table(2, "a"), Table(4, "b") });
            Assert.Equal(new[] { "run-a-001", "run-a-002", "run-b-001" }, plan.NewJobs.Select(j => j.Name));
            Assert.Equal(new[] { "t1", "t2" }, plan.NewJobs[0].Tables);
            Assert.Equal(new[] { "t3" }, plan.NewJobs[1].Tables);
            Assert.Equal(new[] { "t4", "t5" }, plan.NewJobs[2].Tables);
            Assert.All(plan.NewJobs, j => Assert.Equal(MigrationJobStatus.Planned, j.Status));
            Assert.Equal(20, plan.NewJobs[0].Bytes);
        }

        [Fact]
        public void NeverMixesDestinationsAndNumbersOnAcrossThem()
        {
            MigrationPlan plan = Plan(new[] { Table(1, "a", "p1"), Table(2, "a", "p2"), Table(3, "a", "p1"), Table(4, "a", "p1"), Table(5, "a", "p2") });
            Assert.Equal(new[] { "run-a-001", "run-a-002", "run-a-003" }, plan.NewJobs.Select(j => j.Name));
            Assert.Equal(new[] { "p1", "p1", "p2" }, plan.NewJobs.Select(j => j.DestinationProject));
            Assert.Equal(new[] { "t1", "t3" }, plan.NewJobs[0].Tables);
            Assert.Equal(new[] { "t4" }, plan.NewJobs[1].Tables);
            Assert.Equal(new[] { "t2", "t5" }, plan.NewJobs[2].Tables);
        }

        [Fact]
        public void DestinationProjectWinsOverTheMapWhichWinsOverTheTablesOwn()
        {
            var map = new Dictionary<string, string> { ["A"] = "mapped" };
            Assert.Equal("all", Plan(new[] { Table(1, "a") }, destinations: new MigrationDestinations("all", map)).NewJobs[0].DestinationProject);
            Assert.Equal("mapped", Plan(new[] { Table(1, "a") }, destinations: new MigrationDestinations(null, map)).NewJobs[0].DestinationProject);
            Assert.Equal("mc", Plan(new[] { Table(1, "b") }, destinations: new MigrationDestinations(null, map)).NewJobs[0].DestinationProject);
        }

        [Fact]
        public void ATableWithoutDestinationIsLeftOutAndReported()
        {
            MigrationPlan plan = Plan(new[] { Table(1, "a"), Table(2, "a", null), Table(3, "a", "") });
            Assert.Equal(new long[] { 2, 3 }, plan.WithoutDestination.Select(t => t.TableId));
            Assert.Equal(new[] { "t1" }, plan.NewJobs.Single().Tables);
        }

        [Fact]
        public void TablesInTheRunsJobsAreNeverPlannedAgainAndNumberingContinues()
        {
            var existing = new[]
            {
                new MmsMigrationRunJob { Name = "run-a-001", DbName = "a", Tables = new MmsList<string>(new[] { "t1", "t2" }), Status = "DONE" },
                new MmsMigrationRunJob { Name = "run-a-007", DbName = "a", Tables = new MmsList<string>(new[] { "t9" }), Status = "FAILED" },
            };
            MigrationPlan plan = Plan(new[] { Table(1, "a"), Table(2, "a"), Table(3, "a"), Table(9, "a"), Table(4, "b") }, existing: existing);
            Assert.Equal(3, plan.AlreadyPlanned);
            Assert.Equal(new[] { "run-a-008", "run-b-001" }, plan.NewJobs.Select(j => j.Name));
            Assert.Equal(new[] { "t3" }, plan.NewJobs[0].Tables);
        }

        [Fact]
        public void ATablePipedTwiceIsPlannedOnce()
        {
            MigrationPlan plan = Plan(new[] { Table(1, "a"), Table(1, "a"), Table(2, "a") }, perJob: 5);
            Assert.Equal(new[] { "t1", "t2" }, plan.NewJobs.Single().Tables);
        }

        [Fact]
        public void JobNamesOfAnotherRunWhoseNameIsAPrefixAreNotOurs()
        {
            Assert.Equal(12, MigrationJobNames.NumberOf("w", "sales", "w-sales-012"));
            Assert.Equal(0, MigrationJobNames.NumberOf("w", "sales", "w-sales-logs-001"));
            Assert.Equal(0, MigrationJobNames.NumberOf("w", "sales", "w-sales-01x"));
            Assert.Equal(0, MigrationJobNames.NumberOf("w", "sales", "w-sales-"));
            Assert.Equal(1, MigrationJobNames.NumberOf("w-sales", "logs", "w-sales-logs-001"));
        }

        [Fact]
        public void PlansAHundredThousandTables()
        {
            var tables = Enumerable.Range(1, 100000).Select(i => Table(i, "db" + (i % 7), i % 3 == 0 ? "p2" : "p1")).ToList();
            MigrationPlan plan = Plan(tables, perJob: 100);
            Assert.Equal(100000, plan.NewJobs.Sum(j => j.Tables.Count));
            Assert.All(plan.NewJobs, j => Assert.True(j.Tables.Count <= 100));
            Assert.Equal(plan.NewJobs.Count, plan.NewJobs.Select(j => j.Name).Distinct().Count());
        }

        [Fact]
        public void RefusesChunksOfNoTables() =>
            Assert.Throws<ArgumentOutOfRangeException>(() => Plan(new[] { Table(1, "a") }, perJob: 0));
    }
}
