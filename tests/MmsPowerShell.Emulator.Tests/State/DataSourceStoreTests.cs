using System.Text.Json;

namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>Data sources created, renamed, reconfigured and deleted through the API.</summary>
    public class DataSourceStoreTests
    {
        private static Dictionary<string, JsonElement> Config(params (string Key, string Value)[] items) =>
            items.ToDictionary(i => i.Key, i => JsonSerializer.SerializeToElement(i.Value));

        [Fact]
        public void A_created_source_gets_the_next_id_its_region_from_the_network_link_and_its_project_from_the_config()
        {
            var state = new EmulatorState();

            long first = state.Sources.Create("new_hive", "HIVE", "vpc-1:cn-shanghai", Config(("mc.default.project", "dw_prod")));
            long second = state.Sources.Create("other", "HIVE", "no-region-here", Config());

            Assert.Equal(2000100, first);
            Assert.Equal(2000101, second);
            DemoDataSource created = state.Catalog.FindSource(first)!;
            Assert.Equal("new_hive", created.Name);
            Assert.Equal("cn-shanghai", created.Region);
            Assert.Equal("dw_prod", created.DstProject);
            Assert.Equal("INIT", created.Status);
            Assert.Equal(0, created.TableNum);
            DemoDataSource defaulted = state.Catalog.FindSource(second)!;
            Assert.Equal("cn-hangzhou", defaulted.Region);
            Assert.Equal("mma_other", defaulted.DstProject);
        }

        [Fact]
        public void An_update_renames_and_merges_its_config_into_the_stored_one()
        {
            var state = new EmulatorState();
            long id = state.Sources.Create("new_hive", "HIVE", "vpc-1:cn-shanghai", Config(("hive.metastore.urls", "thrift://a:9083"), ("hive.version", "3.1.3")));

            state.Sources.Update(id, "renamed", Config(("hive.metastore.urls", "thrift://b:9083")));

            Assert.Equal("renamed", state.Sources.NameOf(id));
            Assert.Equal("renamed", state.Catalog.FindSource(id)!.Name);
            var merged = state.Sources.Merged(id, null);
            Assert.Equal("thrift://b:9083", merged["hive.metastore.urls"].GetString());
            Assert.Equal("3.1.3", merged["hive.version"].GetString());
        }

        [Fact]
        public void An_update_without_a_name_keeps_the_name()
        {
            var state = new EmulatorState();

            state.Sources.Update(EmulatorState.DemoSourceId, "", null);

            Assert.Null(state.Sources.NameOf(EmulatorState.DemoSourceId));
            Assert.Equal("demo", state.Catalog.FindSource(EmulatorState.DemoSourceId)!.Name);
        }

        [Fact]
        public void A_connection_test_config_wins_over_the_stored_one_but_is_not_stored()
        {
            var state = new EmulatorState();

            var merged = state.Sources.Merged(EmulatorState.DemoSourceId, Config(("hive.metastore.urls", "thrift://bad.example:9083")));

            Assert.Equal("thrift://bad.example:9083", merged["hive.metastore.urls"].GetString());
            Assert.True(merged.ContainsKey("hive.jdbc.url"), "a demo source starts with the demo Hive config");
            Assert.StartsWith("thrift://master-1-1", state.Sources.Merged(EmulatorState.DemoSourceId, null)["hive.metastore.urls"].GetString());
        }

        [Fact]
        public void A_deleted_source_and_its_tables_are_gone()
        {
            var state = new EmulatorState();
            Assert.False(state.Sources.IsDeleted(EmulatorState.DemoSourceId));

            state.Sources.Delete(EmulatorState.DemoSourceId);

            Assert.True(state.Sources.IsDeleted(EmulatorState.DemoSourceId));
            Assert.Null(state.Catalog.FindSource(EmulatorState.DemoSourceId));
            Assert.Null(state.Tables.Find(EmulatorState.DemoSourceId, DemoDataSet.ExampleTableId));
            Assert.NotNull(state.Catalog.FindSource(2000031));
        }
    }
}
