using System.Text.Json;

namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>Metadata scans: SCAN_DOING until due, then SCAN_DONE with new tables, or SCAN_FAILED saying why.</summary>
    public class ScanStoreTests
    {
        private const long Source = EmulatorState.DemoSourceId;

        [Fact]
        public void A_scan_is_running_until_it_is_due()
        {
            var state = new EmulatorState("--scan-ms", "600000");

            long id = state.Scans.Start(Source, new ScanRequest { DbName = "sales" });
            state.AdvanceAfter(TimeSpan.Zero);

            ScanView scan = state.Scans.Get(Source, id)!;
            Assert.Equal(30001, id);
            Assert.Equal("SCAN_DOING", scan.Status);
            Assert.InRange(scan.Progress, 1f, 9999f);
            Assert.Null(scan.Result);
            Assert.Null(scan.EndTime);
            // The data source reports its latest scan in its own word for the state.
            Assert.True(state.Latest.TryGet(Source, out var latest));
            Assert.Equal((id, "DOING"), latest);
            Assert.Equal((id, "DOING"), (state.DemoSource.ScanId, state.DemoSource.ScanStatus));
        }

        [Fact]
        public void A_finished_scan_of_a_database_adds_two_tables_to_it_and_counts_them_in_its_result()
        {
            var state = new EmulatorState("--scan-ms", "1");
            int before = state.Tables.Tables.Count(t => t.SourceId == Source && t.DbName == "sales");

            long id = state.Scans.Start(Source, new ScanRequest { DbName = "sales" });
            state.AdvancePastDue();

            ScanView scan = state.Scans.Get(Source, id)!;
            Assert.Equal("SCAN_DONE", scan.Status);
            Assert.Equal(10000f, scan.Progress);
            var names = state.Tables.Tables.Where(t => t.SourceId == Source && t.DbName == "sales").Select(t => t.Name).ToList();
            Assert.Contains("new_events_" + id, names);
            Assert.Contains("failover_log_" + id, names);
            using var result = JsonDocument.Parse(scan.Result!);
            Assert.Equal(1, result.RootElement.GetProperty("databases").GetInt32());
            Assert.Equal(before + 2, result.RootElement.GetProperty("tables").GetInt32());
        }

        [Fact]
        public void A_scan_that_names_tables_adds_only_those_not_there_yet()
        {
            var state = new EmulatorState("--scan-ms", "1");
            int before = state.Tables.Tables.Count(t => t.SourceId == Source);

            state.Scans.Start(Source, new ScanRequest { DbName = "sales", TableNames = new[] { "orders", "returns", "returns" } });
            state.AdvancePastDue();

            Assert.Equal(before + 1, state.Tables.Tables.Count(t => t.SourceId == Source));
            Assert.Single(state.Tables.Tables, t => t.SourceId == Source && t.Name == "returns");
        }

        [Fact]
        public void A_scan_of_a_database_the_source_does_not_have_fails_naming_it()
        {
            var state = new EmulatorState("--scan-ms", "1");
            int before = state.Tables.Tables.Count;

            long id = state.Scans.Start(Source, new ScanRequest { DbName = "nope" });
            state.AdvancePastDue();

            ScanView scan = state.Scans.Get(Source, id)!;
            Assert.Equal("SCAN_FAILED", scan.Status);
            Assert.Contains("nope", scan.ErrorMsg);
            Assert.Null(scan.Result);
            Assert.Equal(before, state.Tables.Tables.Count);
            Assert.True(state.Latest.TryGet(Source, out var latest));
            Assert.Equal("FAILED", latest.Status);
        }

        [Fact]
        public void A_scan_is_not_found_under_another_source()
        {
            var state = new EmulatorState();

            long id = state.Scans.Start(Source, new ScanRequest());

            Assert.Null(state.Scans.Get(2000031, id));
            Assert.Null(state.Scans.Get(Source, id + 1));
        }

        [Fact]
        public void A_seeded_source_answers_for_its_latest_scan_and_a_created_one_has_none()
        {
            var state = new EmulatorState();
            long created = state.Sources.Create("new_hive", "HIVE", "vpc-1:cn-shanghai", new());

            ScanView seeded = state.Scans.Get(Source, DemoCatalog.SeededScanId(Source))!;

            Assert.Equal("SCAN_DONE", seeded.Status);
            Assert.Equal(8, JsonDocument.Parse(seeded.Result!).RootElement.GetProperty("tables").GetInt32());
            Assert.Null(state.Scans.Get(created, DemoCatalog.SeededScanId(created)));
            Assert.Null(state.Scans.Get(Source, DemoCatalog.SeededScanId(2000031)));
        }
    }
}
