namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>ListMmsJobs' and ListMmsTasks' filters, and the sorter.* keys they share, over the seeded jobs 101-103.</summary>
    public class JobAndTaskFilterTests
    {
        private static readonly EmulatorState State = new EmulatorState();

        private static long[] Jobs(string query) =>
            State.Jobs.ListJobs(EmulatorState.DemoSourceId, all => JobFilter.Apply(all, EmulatorState.Query(query))).Select(j => j.Id).ToArray();

        private static long[] Tasks(string query) =>
            State.Jobs.ListTasks(EmulatorState.DemoSourceId, all => TaskFilter.Apply(all, EmulatorState.Query(query))).Select(t => t.Id).ToArray();

        [Theory]
        [InlineData("", new long[] { 101, 102, 103 })]
        [InlineData("name=sales_", new long[] { 101 })]
        [InlineData("name=orders", new long[0])]
        [InlineData("status=FAILED", new long[] { 102 })]
        [InlineData("srcDbName=logs", new long[] { 102 })]
        [InlineData("srcTableName=access_log", new long[] { 102 })]
        [InlineData("stopped=0", new long[] { 101, 102, 103 })]
        [InlineData("stopped=false", new long[] { 101, 102, 103 })]
        [InlineData("stopped=1", new long[0])]
        [InlineData("stopped=true", new long[0])]
        [InlineData("stopped=perhaps", new long[] { 101, 102, 103 })]
        [InlineData("timerId=7001", new long[0])]
        [InlineData("sorter.status=asc", new long[] { 101, 102, 103 })]
        [InlineData("sorter.status=desc", new long[] { 103, 102, 101 })]
        public void Jobs_are_filtered_and_sorted_as_the_service_does(string query, long[] expected)
        {
            Assert.Equal(expected, Jobs(query));
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("True", true)]
        [InlineData("1", true)]
        [InlineData("false", false)]
        [InlineData("False", false)]
        [InlineData("0", false)]
        [InlineData("yes", null)]
        [InlineData("", null)]
        [InlineData(null, null)]
        public void Stopped_accepts_both_spellings_and_ignores_anything_else(string? text, bool? expected)
        {
            Assert.Equal(expected, JobFilter.Flag(text));
        }

        [Theory]
        [InlineData("jobId=103", new long[] { 1003, 1004, 1005 })]
        [InlineData("jobId=abc", new long[] { 1001, 1002, 1003, 1004, 1005 })]
        [InlineData("jobName=logs_nightly", new long[] { 1002 })]
        [InlineData("status=DATA_FAILED", new long[] { 1002 })]
        [InlineData("srcDbName=logs&status=INIT", new long[0])]
        [InlineData("srcTableName=access_log", new long[] { 1002 })]
        public void Tasks_are_filtered_by_their_job_and_their_own_fields(string query, long[] expected)
        {
            Assert.Equal(expected, Tasks(query));
        }

        private sealed record Item(long Id, string? Name, string? Kind);

        private static readonly Item[] Items = { new Item(3, "b", "x"), new Item(1, "c", "y"), new Item(2, "a", "x") };

        private static long[] Sorted(string query) =>
            Sorters.By(Items, EmulatorState.Query(query), i => i.Id,
                ("sorter.name", (Func<Item, string?>)(i => i.Name)), ("sorter.kind", (Func<Item, string?>)(i => i.Kind))).Select(i => i.Id).ToArray();

        [Fact]
        public void Sorters_use_the_first_key_present_break_ties_by_id_and_default_to_id()
        {
            Assert.Equal(new long[] { 1, 2, 3 }, Sorted(""));
            Assert.Equal(new long[] { 2, 3, 1 }, Sorted("sorter.name=asc"));
            Assert.Equal(new long[] { 1, 3, 2 }, Sorted("sorter.name=desc"));
            Assert.Equal(new long[] { 2, 3, 1 }, Sorted("sorter.kind=asc"));
            Assert.Equal(new long[] { 1, 2, 3 }, Sorted("sorter.kind=desc"));
            Assert.Equal(new long[] { 1, 3, 2 }, Sorted("sorter.name=desc&sorter.kind=asc"));
            Assert.Equal(new long[] { 2, 3, 1 }, Sorted("sorter.name=ASC&sorter.kind=asc"));
        }
    }
}
