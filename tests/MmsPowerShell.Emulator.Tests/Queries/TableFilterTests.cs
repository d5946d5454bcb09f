namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>ListMmsTables' filters and sorters over the demo source (tables 1 to 7 and 22).</summary>
    public class TableFilterTests
    {
        private static readonly EmulatorState State = new EmulatorState();

        private static long[] Ids(string query) =>
            TableFilter.Apply(State.Tables.Tables.Where(t => t.SourceId == EmulatorState.DemoSourceId).OrderBy(t => t.Id), EmulatorState.Query(query))
                .Select(t => t.Id).ToArray();

        [Theory]
        [InlineData("", new long[] { 1, 2, 3, 4, 5, 6, 7, 22 })]
        [InlineData("dbName=sales", new long[] { 1, 2, 3 })]
        [InlineData("dbName=nope", new long[0])]
        [InlineData("type=MANAGED_TABLED", new long[] { 22 })]
        [InlineData("hasPartitions=true", new long[] { 1, 3, 4, 5, 7, 22 })]
        [InlineData("hasPartitions=false", new long[] { 2, 6 })]
        [InlineData("hasPartitions=maybe", new long[] { 1, 2, 3, 4, 5, 6, 7, 22 })]
        [InlineData("name=order", new long[] { 1, 3 })]
        [InlineData("name=orders", new long[] { 1 })]
        [InlineData("name=ORDER", new long[0])]
        [InlineData("lastDdlTimeStart=2024-12-01%2000:00:00&lastDdlTimeEnd=2024-12-11%2023:00:00", new long[] { 3, 4, 5 })]
        public void Filters_on_each_field(string query, long[] expected)
        {
            Assert.Equal(expected, Ids(query));
        }

        [Fact]
        public void Status_is_a_JSON_array_of_states_or_one_plain_state()
        {
            Assert.Equal(new long[] { 4, 5 }, Ids("status=%5B%22FAILED%22,%22PART_DONE%22%5D"));
            Assert.Equal(new long[] { 4 }, Ids("status=FAILED"));
            Assert.Empty(Ids("status=%5B%5D"));
            Assert.Empty(Ids("status=failed"));
        }

        [Fact]
        public void Statuses_reads_an_array_and_falls_back_to_the_text_itself()
        {
            Assert.Equal(new[] { "DONE", "FAILED" }, TableFilter.Statuses("[\"DONE\",\"FAILED\"]").OrderBy(s => s));
            Assert.Equal(new[] { "[DONE" }, TableFilter.Statuses("[DONE"));
        }

        [Fact]
        public void Sorts_by_rows_size_or_ddl_time_ties_by_id_and_ignores_an_unknown_order()
        {
            Assert.Equal(new long[] { 4, 3, 1 }, Ids("sorter.numRows=desc").Take(3));
            Assert.Equal(new long[] { 6, 22 }, Ids("sorter.size=asc").Take(2));
            string[] byDdl = Ids("sorter.lastDdlTime=asc").Select(id => State.Tables.Find(EmulatorState.DemoSourceId, id)!.LastDdlTime.Trim()).ToArray();
            Assert.Equal(8, byDdl.Length);
            Assert.Equal(byDdl.OrderBy(t => t, System.StringComparer.Ordinal), byDdl);
            Assert.Equal(Ids(""), Ids("sorter.size=sideways"));
        }

        [Fact]
        public void Filters_combine()
        {
            Assert.Equal(new long[] { 1, 3 }, Ids("dbName=sales&hasPartitions=true"));
            Assert.Equal(new long[] { 3, 1 }, Ids("dbName=sales&hasPartitions=true&sorter.numRows=desc"));
        }
    }
}
