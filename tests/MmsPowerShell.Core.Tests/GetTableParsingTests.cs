using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Tests
{
    public class GetTableParsingTests
    {
        private static string Example => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "GetMmsTable-example.json"));

        private static Task<MmsTable> Get(string body, HttpStatusCode status = HttpStatusCode.OK, string? headerRequestId = null) =>
            TestClients.For(StubHttpHandler.Returning(status, body, headerRequestId)).GetTableAsync(2000028, 22, CancellationToken.None);

        [Fact]
        public async Task Reference_example_is_parsed_into_every_field_trimmed_and_typed()
        {
            MmsTable t = await Get(Example);

            Assert.Equal("E7FB14F1-4ACD-5C73-A755-B302D70AB9AD", t.RequestId);
            Assert.Equal(22, t.TableId);
            Assert.Equal(3, t.DbId);
            Assert.Equal("mms_test", t.DbName);
            Assert.Equal("test", t.Name);
            Assert.Equal("mms_test", t.DestinationProject);
            Assert.Equal("default", t.DestinationSchema);
            Assert.Equal("test", t.DestinationName);
            Assert.Equal("MANAGED_TABLED", t.Type);
            Assert.True(t.HasPartitions);
            Assert.Equal("test", t.SchemaTableName);
            Assert.Equal("for mms test", t.Comment);
            Assert.Equal("Hive", t.Owner);
            Assert.Equal("| hdfs://master-1-1.c-c127cd184bb029ea.cn-zhangjiakou.emr.aliyuncs.com:9000/user/hive/warehouse/demo", t.Location);
            Assert.Equal("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat", t.InputFormat);
            Assert.Equal("org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat", t.OutputFormat);
            Assert.Equal("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", t.Serde);
            Assert.Equal("{\"mapkey.delim\":\":\",\"collection.delim\":\",\",\"serialization.format\":\"|\",\"field.delim\":\"|\"}", t.ExtraText);
            Assert.Equal(":", t.Extra["mapkey.delim"]);
            Assert.Equal(",", t.Extra["collection.delim"]);
            Assert.Equal("|", t.Extra["serialization.format"]);
            Assert.Equal("|", t.Extra["field.delim"]);
            Assert.Equal(4, t.Extra.Count);
            Assert.Equal(100, t.PartitionCount);
            Assert.Equal(20, t.PartitionsDoing);
            Assert.Equal(80, t.PartitionsDone);
            Assert.Equal(0, t.PartitionsFailed);
            Assert.Equal(2000028, t.SourceId);
            Assert.Equal("demo", t.SourceName);
            Assert.Equal(23232, t.Size);
            Assert.Equal(233232, t.NumRows);
            Assert.False(t.MetadataUpdated);
            Assert.Equal("2024-12-17 15:44:42", t.LastDdlTimeText);
            Assert.Equal(new DateTime(2024, 12, 17, 15, 44, 42), t.LastDdlTime);
            Assert.Equal("DONE", t.Status);

            MmsTableColumn column = Assert.Single(t.Columns);
            Assert.Equal(("user_id", "bigint", "user id", "10", (bool?)false, false, 1),
                (column.Name, column.Type, column.Comment, column.DefaultValue, column.Nullable, column.IsPartitionKey, column.Position));
            MmsTableColumn key = Assert.Single(t.PartitionKeys);
            Assert.Equal(("p1", "string", "first partition level", "abc", (bool?)false, true, 2),
                (key.Name, key.Type, key.Comment, key.DefaultValue, key.Nullable, key.IsPartitionKey, key.Position));
            Assert.All(t.Columns.Concat(t.PartitionKeys), c =>
                Assert.Equal((2000028L, 22L, "mms_test", "test"), (c.SourceId, c.TableId, c.DbName, c.TableName)));
        }

        [Fact]
        public async Task Unknown_fields_are_ignored_and_missing_fields_give_defaults()
        {
            MmsTable t = await Get("{\"requestId\":\"r1\",\"newTopLevel\":[1,2],\"data\":{\"id\":22,\"brandNew\":{\"x\":1}}}");
            Assert.Equal(22, t.TableId);
            Assert.Null(t.Name);
            Assert.Null(t.LastDdlTime);
            Assert.Null(t.Status);
            Assert.Empty(t.Columns);
            Assert.Empty(t.PartitionKeys);
            Assert.Empty(t.Extra);
            Assert.Null(t.Size);
        }

        [Fact]
        public async Task Explicit_nulls_everywhere_do_not_crash()
        {
            MmsTable t = await Get("{\"requestId\":null,\"data\":{\"id\":null,\"name\":null,\"schema\":{\"columns\":[null,{\"name\":null}],\"partitions\":null},\"size\":null,\"status\":null,\"extra\":null}}", headerRequestId: "HDR-1");
            Assert.Equal("HDR-1", t.RequestId);
            Assert.Single(t.Columns);
            Assert.Null(t.Columns[0].Name);
        }

        [Fact]
        public async Task Sizes_beyond_32_bits_survive()
        {
            MmsTable t = await Get("{\"data\":{\"size\":9007199254740993,\"numRows\":5000000000}}");
            Assert.Equal(9007199254740993L, t.Size);
            Assert.Equal(5000000000L, t.NumRows);
        }

        [Fact]
        public async Task Whitespace_only_strings_become_null_and_padding_is_trimmed()
        {
            MmsTable t = await Get("{\"data\":{\"name\":\"  orders \\n\",\"owner\":\" \\n \",\"dbName\":\"\\tsales\\r\\n\"}}");
            Assert.Equal("orders", t.Name);
            Assert.Null(t.Owner);
            Assert.Equal("sales", t.DbName);
        }

        [Theory]
        [InlineData("INIT", "INIT")]
        [InlineData("DOING", "DOING")]
        [InlineData("DONE\n", "DONE")]
        [InlineData(" part_done ", "PART_DONE")]
        [InlineData("FAILED", "FAILED")]
        [InlineData("PAUSED", "PAUSED")]
        [InlineData("", null)]
        public async Task Status_is_the_services_word_in_upper_case_and_survives_unknown_values(string wire, string? expected)
        {
            MmsTable t = await Get("{\"data\":{\"status\":\"" + wire.Replace("\n", "\\n") + "\"}}");
            Assert.Equal(expected, t.Status);
        }

        [Fact]
        public async Task Collections_and_extra_have_readable_text()
        {
            MmsTable t = await Get("{\"data\":{\"schema\":{\"columns\":[{\"name\":\"id\",\"type\":\"bigint\"},{\"name\":\"price\",\"type\":\"decimal(10,2)\"}]," +
                "\"partitions\":[{\"name\":\"dt\",\"type\":\"string\"}]},\"extra\":\"{\\\"a\\\":\\\"1\\\",\\\"b\\\":2}\"}}");
            Assert.Equal("id bigint; price decimal(10,2)", t.Columns.ToString());
            Assert.Equal("dt string", t.PartitionKeys.ToString());
            Assert.Equal("a=1; b=2", t.Extra.ToString());
            Assert.Equal("1", t.Extra["a"]);
        }

        [Theory]
        [InlineData("2024-12-17 15:44:42\\n", 2024, 12, 17, 15, 44, 42)]
        [InlineData("2024-01-02T03:04:05", 2024, 1, 2, 3, 4, 5)]
        [InlineData("2024-01-02 03:04:05.123", 2024, 1, 2, 3, 4, 5)]
        public async Task LastDdlTime_parses_with_the_raw_text_kept(string wire, int y, int mo, int d, int h, int mi, int s)
        {
            MmsTable t = await Get("{\"data\":{\"lastDdlTime\":\"" + wire + "\"}}");
            Assert.NotNull(t.LastDdlTime);
            DateTime value = t.LastDdlTime!.Value;
            Assert.Equal(new DateTime(y, mo, d, h, mi, s), new DateTime(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second));
            Assert.Equal(wire.Replace("\\n", string.Empty), t.LastDdlTimeText);
        }

        [Theory]
        [InlineData("yesterday")]
        [InlineData("2024-13-45 99:99:99")]
        public async Task Unparseable_LastDdlTime_gives_null_but_keeps_the_text(string wire)
        {
            MmsTable t = await Get("{\"data\":{\"lastDdlTime\":\"" + wire + "\"}}");
            Assert.Null(t.LastDdlTime);
            Assert.Equal(wire, t.LastDdlTimeText);
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("[1,2]")]
        [InlineData("{\\\"a\\\":")]
        public async Task Extra_that_is_not_a_json_object_gives_an_empty_map_and_keeps_the_text(string wire)
        {
            MmsTable t = await Get("{\"data\":{\"extra\":\"" + wire + "\"}}");
            Assert.Empty(t.Extra);
            Assert.NotNull(t.ExtraText);
        }

        [Fact]
        public async Task Extra_with_non_string_values_keeps_their_json_text()
        {
            MmsTable t = await Get("{\"data\":{\"extra\":\"{\\\"n\\\":3,\\\"b\\\":true,\\\"o\\\":{\\\"x\\\":1}}\"}}");
            Assert.Equal("3", t.Extra["n"]);
            Assert.Equal("true", t.Extra["b"]);
            Assert.Equal("{\"x\":1}", t.Extra["o"]);
        }

        [Theory]
        [InlineData("{\"requestId\":\"r-8\",\"errorCode\":\"ODPS-0130131\",\"errorMsg\":\"Table not found\",\"data\":null}", "HTTP 200 with an error body: ODPS-0130131: Table not found", "r-8")]
        [InlineData("{\"RequestId\":\"r-7\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}", "with an error body: Throttling.User", "HDR-7")]
        [InlineData("{\"requestId\":\"r-9\",\"data\":null}", "data", "r-9")]
        [InlineData("{\"requestId\":\"r-9\"}", "data", "r-9")]
        [InlineData("{\"requestId\":\"r-9\",\"data\":{\"id\":\"abc\"}}", "not valid JSON", "HDR-7")]
        [InlineData("{\"requestId\":\"r-9\",\"data\":{\"size\":{\"a\":1}}}", "not valid JSON", "HDR-7")]
        [InlineData("{\"requestId\":\"r-9\",\"data\":{\"id\":22,\"na", "not valid JSON", "HDR-7")]
        [InlineData("<html><body>Bad gateway</body></html>", "not an API answer", "HDR-7")]
        [InlineData("", "empty body", "HDR-7")]
        [InlineData("null", "JSON null", "HDR-7")]
        public async Task Bad_answers_are_InvalidResponse_errors_never_raw_exceptions(string body, string expectedText, string requestId)
        {
            var e = await Assert.ThrowsAsync<MmsApiException>(() => Get(body, headerRequestId: "HDR-7"));
            Assert.Equal(MmsErrorKind.InvalidResponse, e.Kind);
            Assert.Equal("MmsInvalidResponse", e.ErrorCode);
            Assert.Contains(expectedText, e.Message);
            Assert.Contains("request id " + requestId, e.Message);
        }
    }
}
