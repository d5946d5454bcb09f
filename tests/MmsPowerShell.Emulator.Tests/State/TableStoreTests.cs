namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>The tables as they are now: the untouched seed, changed copies over it, scanned additions, deleted sources.</summary>
    public class TableStoreTests
    {
        private const long Source = EmulatorState.DemoSourceId;

        [Fact]
        public void An_unchanged_table_is_the_seed_itself()
        {
            var state = new EmulatorState();

            DemoTable? table = state.Tables.Find(Source, DemoDataSet.ExampleTableId);

            Assert.NotNull(table);
            Assert.Same(state.Seed.Find(Source, DemoDataSet.ExampleTableId), table);
            Assert.True(state.Tables.IsSeed(Source, DemoDataSet.ExampleTableId));
            Assert.Equal("test", table!.Name);
        }

        [Fact]
        public void An_update_replaces_the_table_for_every_reader_and_leaves_the_seed_alone()
        {
            var state = new EmulatorState();

            DemoTable? updated = state.Tables.Update(Source, 3, t => t with { Status = "INIT", DstName = "order_items_v2" });

            Assert.Equal("order_items_v2", updated!.DstName);
            Assert.Equal("INIT", state.Tables.Find(Source, 3)!.Status);
            Assert.False(state.Tables.IsSeed(Source, 3));
            Assert.Single(state.Tables.Tables, t => t.SourceId == Source && t.Id == 3);
            Assert.NotEqual("order_items_v2", state.Seed.Find(Source, 3)!.DstName);
        }

        [Fact]
        public void An_update_of_a_table_that_does_not_exist_changes_nothing()
        {
            var state = new EmulatorState();
            bool called = false;

            Assert.Null(state.Tables.Update(Source, 999_999, t => { called = true; return t; }));
            Assert.False(called);
            Assert.Null(state.Tables.Find(Source, 999_999));
        }

        [Fact]
        public void A_scanned_table_gets_the_next_id_and_cannot_be_added_twice()
        {
            var state = new EmulatorState();
            DemoDatabase sales = state.Catalog.Databases.Single(d => d.SourceId == Source && d.Name == "sales");
            long id = state.Tables.NextTableId(Source);
            Assert.Equal(state.Seed.Tables.Where(t => t.SourceId == Source).Max(t => t.Id) + 1, id);

            DemoTable found = DemoDataSet.Discovered(sales, id, "new_events", "2024-12-17 15:00:00");
            state.Tables.Add(found);

            Assert.Equal("new_events", state.Tables.Find(Source, id)!.Name);
            Assert.Equal(id + 1, state.Tables.NextTableId(Source));
            Assert.Throws<InvalidOperationException>(() => state.Tables.Add(found));
            Assert.Throws<InvalidOperationException>(() => state.Tables.Add(found with { Id = DemoDataSet.ExampleTableId }));
        }

        [Fact]
        public void A_removed_source_has_no_tables_for_any_operation()
        {
            var state = new EmulatorState();

            state.Tables.RemoveSource(Source);

            Assert.Null(state.Tables.Find(Source, DemoDataSet.ExampleTableId));
            Assert.DoesNotContain(state.Tables.Tables, t => t.SourceId == Source);
            Assert.Null(state.Tables.Update(Source, DemoDataSet.ExampleTableId, t => t));
            Assert.Contains(state.Tables.Tables, t => t.SourceId != Source);
        }

        [Fact]
        public void The_bulk_source_is_found_by_id_but_never_listed()
        {
            var state = new EmulatorState();

            Assert.NotNull(state.Tables.Find(DemoDataSet.BulkSourceId, 12_345));
            Assert.DoesNotContain(state.Tables.Tables, t => t.SourceId == DemoDataSet.BulkSourceId);
        }
    }
}
