using System.Security.Cryptography;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>
    /// The set-up side's requests as sent: method, path, the exact JSON body and its hash, content-type only with a
    /// body, a signature the server can re-derive, no resend of a lost PUT/DELETE; and its answers parsed.
    /// </summary>
    public class SetupRequestTests
    {
        private const string Ack = "{\"requestId\":\"R1\",\"data\":0}";

        private static string Hex(byte[] bytes)
        {
            using (var sha = SHA256.Create())
            {
                return string.Concat(sha.ComputeHash(bytes).Select(b => b.ToString("x2")));
            }
        }

        /// <summary>Re-derives the signature from what was sent, as the server does.</summary>
        private static void AssertSigned(CapturedRequest s)
        {
            var headers = s.Headers.Where(h => h.Key != "Authorization").ToList();
            if (s.ContentType != null)
            {
                headers.Add(new KeyValuePair<string, string>("content-type", s.ContentType));
            }
            string expected = Acs3Signer.CreateAuthorization(s.Method.Method, s.Path, new KeyValuePair<string, string>[0], headers,
                "LTAITestKeyId", Encoding.UTF8.GetBytes(TestClients.Secret));
            Assert.Equal(expected, s.Header("Authorization"));
        }

        private static void AssertJsonBody(CapturedRequest s, string json)
        {
            Assert.Equal(json, s.BodyText);
            Assert.Equal(SignedRequestFactory.JsonContentType, s.ContentType);
            Assert.Equal(Hex(s.Body!), s.Header("x-acs-content-sha256"));
            Assert.Contains("content-type", s.Header("Authorization"));
            AssertSigned(s);
        }

        private static void AssertNoBody(CapturedRequest s)
        {
            Assert.Null(s.ContentType);
            Assert.True(s.Body == null || s.Body.Length == 0);
            Assert.Equal(Digests.EmptyBodySha256, s.Header("x-acs-content-sha256"));
            Assert.DoesNotContain("content-type", s.Header("Authorization"));
            AssertSigned(s);
        }

        [Fact]
        public async Task UpdateMmsTable_is_a_signed_PUT_whose_body_leaves_out_what_is_not_changed()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":22}");
            long id = await client.UpdateTableAsync(2000028, 22, "dw_prod", null, null, "INIT", CancellationToken.None);
            CapturedRequest s = Assert.Single(sent);
            Assert.Equal(22, id);
            Assert.Equal(HttpMethod.Put, s.Method);
            Assert.Equal("/api/v1/mms/datasources/2000028/tables/22", s.Path);
            Assert.Equal("UpdateMmsTable", s.Header("x-acs-action"));
            AssertJsonBody(s, "{\"dstProjectName\":\"dw_prod\",\"status\":\"INIT\"}");
        }

        [Fact]
        public async Task UpdateMmsTables_names_the_database_and_its_tables_in_one_body()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":2}");
            await client.UpdateTablesAsync(2000028, "sales", new[] { "orders", "customers" }, "dw", "ods", null, CancellationToken.None);
            CapturedRequest s = Assert.Single(sent);
            Assert.Equal("/api/v1/mms/datasources/2000028/tables", s.Path);
            Assert.Equal("UpdateMmsTables", s.Header("x-acs-action"));
            AssertJsonBody(s, "{\"dbName\":\"sales\",\"tableNames\":[\"orders\",\"customers\"],\"dstProjectName\":\"dw\",\"dstSchemaName\":\"ods\"}");
        }

        [Fact]
        public async Task UpdateMmsDb_sends_the_target_schema_as_dstName()
        {
            var (client, sent) = RequestCapture.ClientAnswering(Ack);
            await client.UpdateDatabaseAsync(2000028, 4, null, "ods", "INIT", CancellationToken.None);
            CapturedRequest s = Assert.Single(sent);
            Assert.Equal("/api/v1/mms/datasources/2000028/dbs/4", s.Path);
            AssertJsonBody(s, "{\"dstName\":\"ods\",\"status\":\"INIT\"}");
        }

        [Fact]
        public async Task UpdateMmsTimer_sends_only_the_fields_given()
        {
            var (client, sent) = RequestCapture.ClientAnswering(Ack);
            await client.UpdateTimerAsync(2000028, 7001, null, null, true, CancellationToken.None);
            await client.UpdateTimerAsync(2000028, 7001, "Daily", "02:30", null, CancellationToken.None);
            Assert.Equal("/api/v1/mms/datasources/2000028/timers/7001", sent[0].Path);
            Assert.Equal(HttpMethod.Put, sent[0].Method);
            AssertJsonBody(sent[0], "{\"stopped\":true}");
            AssertJsonBody(sent[1], "{\"scheduleType\":\"Daily\",\"value\":\"02:30\"}");
        }

        [Fact]
        public async Task DeleteMmsTimer_and_DeleteMmsDataSource_are_DELETEs_signed_over_the_empty_payload()
        {
            var (client, sent) = RequestCapture.ClientAnswering(Ack);
            await client.DeleteTimerAsync(2000028, 7001, CancellationToken.None);
            await client.DeleteDataSourceAsync(2000100, CancellationToken.None);
            Assert.Equal(HttpMethod.Delete, sent[0].Method);
            Assert.Equal("/api/v1/mms/datasources/2000028/timers/7001", sent[0].Path);
            Assert.Equal("DeleteMmsTimer", sent[0].Header("x-acs-action"));
            AssertNoBody(sent[0]);
            Assert.Equal(HttpMethod.Delete, sent[1].Method);
            Assert.Equal("/api/v1/mms/datasources/2000100", sent[1].Path);
            AssertNoBody(sent[1]);
        }

        [Fact]
        public async Task TriggerMmsTimer_is_a_bodiless_POST()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":7001}");
            Assert.Equal(7001, await client.TriggerTimerAsync(2000028, 7001, CancellationToken.None));
            Assert.Equal(HttpMethod.Post, sent[0].Method);
            Assert.Equal("/api/v1/mms/datasources/2000028/timers/7001/trigger", sent[0].Path);
            AssertNoBody(sent[0]);
        }

        [Fact]
        public async Task CreateMmsDataSource_keeps_the_JSON_type_of_config_values_and_the_lowercase_networklink()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":{\"dataSourceId\":2000100}}");
            var config = new Dictionary<string, object> { ["hive.version"] = "3.1.3", ["security.kerberos.enabled"] = false, ["task.max.concurrency"] = 8L };
            long id = await client.CreateDataSourceAsync("wh", "HIVE", "vpc-1:cn-shanghai", config, CancellationToken.None);
            Assert.Equal(2000100, id);
            CapturedRequest s = Assert.Single(sent);
            Assert.Equal("/api/v1/mms/datasources", s.Path);
            AssertJsonBody(s, "{\"name\":\"wh\",\"type\":\"HIVE\",\"networklink\":\"vpc-1:cn-shanghai\",\"config\":" +
                              "{\"hive.version\":\"3.1.3\",\"security.kerberos.enabled\":false,\"task.max.concurrency\":8}}");
        }

        [Fact]
        public async Task CreateMmsTimer_puts_the_shared_migration_options_at_the_top_level_and_never_sends_increment()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":{\"timerId\":7001}}");
            var options = new MmsMigrationOptions
            {
                Tables = new[] { "orders" },
                TableMapping = new SortedDictionary<string, string> { ["orders"] = "orders_v2" },
                EnableVerification = true,
                Increment = true,
                SchemaOnly = true,
            };
            long timerId = await client.CreateTimerAsync(2000028, "planA", "sales", "Daily", "02:00", options, CancellationToken.None);
            Assert.Equal(7001, timerId);
            CapturedRequest s = Assert.Single(sent);
            Assert.Equal(HttpMethod.Post, s.Method);
            Assert.Equal("/api/v1/mms/datasources/2000028/timers", s.Path);
            Assert.Equal("CreateMmsTimer", s.Header("x-acs-action"));
            Assert.DoesNotContain("increment", s.BodyText);
            Assert.DoesNotContain("schemaOnly", s.BodyText);
            using (var json = System.Text.Json.JsonDocument.Parse(s.Body!))
            {
                var root = json.RootElement;
                Assert.Equal("planA", root.GetProperty("name").GetString());
                Assert.Equal(2000028, root.GetProperty("sourceId").GetInt64());
                Assert.Equal("sales", root.GetProperty("srcDbName").GetString());
                Assert.Equal("Daily", root.GetProperty("scheduleType").GetString());
                Assert.Equal("02:00", root.GetProperty("value").GetString());
                Assert.Equal("orders", root.GetProperty("tables")[0].GetString());
                Assert.Equal("orders_v2", root.GetProperty("tableMapping").GetProperty("orders").GetString());
                Assert.True(root.GetProperty("enableVerification").GetBoolean());
            }
            Assert.Equal(Hex(s.Body!), s.Header("x-acs-content-sha256"));
            AssertSigned(s);
        }

        [Fact]
        public async Task UpdateMmsDataSource_with_test_answers_the_async_task_id()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":{\"sourceId\":2000028,\"asyncTaskId\":50007}}");
            long asyncTaskId = await client.UpdateDataSourceAsync(2000028, null, new Dictionary<string, object> { ["hive.jdbc.url"] = "jdbc:x" }, true,
                CancellationToken.None);
            Assert.Equal(50007, asyncTaskId);
            AssertJsonBody(Assert.Single(sent), "{\"test\":true,\"config\":{\"hive.jdbc.url\":\"jdbc:x\"}}");
        }

        [Fact]
        public async Task CreateMmsFetchMetadataJob_sends_an_empty_object_for_the_whole_source()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":{\"scanId\":30001}}");
            Assert.Equal(30001, await client.CreateScanAsync(2000028, null, new string[0], CancellationToken.None));
            Assert.Equal(30001, await client.CreateScanAsync(2000028, "sales", new[] { "orders" }, CancellationToken.None));
            Assert.Equal("/api/v1/mms/datasources/2000028/scans", sent[0].Path);
            AssertJsonBody(sent[0], "{}");
            AssertJsonBody(sent[1], "{\"dbName\":\"sales\",\"tableNames\":[\"orders\"]}");
        }

        [Fact]
        public async Task A_PUT_whose_answer_is_lost_is_sent_once_and_marked_outcome_unknown()
        {
            int calls = 0;
            var handler = new StubHttpHandler((request, token) =>
            {
                Interlocked.Increment(ref calls);
                throw new HttpRequestException("reset", new System.IO.IOException("connection reset by peer"));
            });
            var client = TestClients.For(handler);
            var e = await Assert.ThrowsAsync<MmsApiException>(() => client.UpdateTableAsync(1, 2, "p", null, null, null, CancellationToken.None));
            Assert.True(e.OutcomeUnknown);
            Assert.Equal(1, calls);
            var d = await Assert.ThrowsAsync<MmsApiException>(() => client.DeleteTimerAsync(1, 2, CancellationToken.None));
            Assert.True(d.OutcomeUnknown);
            Assert.Equal(2, calls);
        }

        [Fact]
        public void Redacted_masks_the_message_and_keeps_the_outcome()
        {
            var e = new MmsApiException(MmsErrorKind.InvalidRequest, 400, "InvalidParameter", "password s3cr3t refused", "R9", null) { };
            MmsApiException redacted = e.Redacted(text => text.Replace("s3cr3t", "***"));
            Assert.DoesNotContain("s3cr3t", redacted.Message);
            Assert.Contains("password *** refused", redacted.Message);
            Assert.Equal("InvalidParameter", redacted.ErrorCode);
            Assert.Equal("R9", redacted.RequestId);
        }

        [Fact]
        public async Task A_scan_is_parsed_with_its_float_progress_and_the_JSON_inside_its_result()
        {
            var (client, _) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":{\"id\":30001,\"sourceId\":2000028,\"status\":\"SCAN_DONE\",\"progress\":10000.0," +
                                      "\"result\":\"{\\\"databases\\\":5,\\\"tables\\\":75,\\\"partitions\\\":215}\",\"startTime\":\"2026-04-01 02:18:01\"}}");
            MmsMetadataScan scan = await client.GetScanAsync(2000028, 30001, CancellationToken.None);
            Assert.False(scan.IsRunning);
            Assert.Equal(100, scan.PercentComplete);
            Assert.Equal(5, scan.Result!.Databases);
            Assert.Equal(75, scan.Result.Tables);
            Assert.Equal(215, scan.Result.Partitions);
            Assert.Equal("5 databases, 75 tables, 215 partitions", scan.Result.ToString());
            Assert.Equal(new DateTime(2026, 4, 1, 2, 18, 1), scan.StartTime);

            var (running, _) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":{\"id\":30002,\"status\":\"SCAN_DOING\",\"progress\":2537.5,\"result\":null}}");
            MmsMetadataScan doing = await running.GetScanAsync(2000028, 30002, CancellationToken.None);
            Assert.True(doing.IsRunning);
            Assert.Equal(25, doing.PercentComplete);
            Assert.Null(doing.Result);
        }

        [Fact]
        public async Task A_timer_is_parsed_with_its_three_timestamp_forms_and_its_config()
        {
            var (client, _) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":{\"id\":7001,\"sourceId\":2000028,\"dbId\":4,\"name\":\"planA\",\"srcDbName\":\"sales\"," +
                                      "\"scheduleType\":\"Daily\",\"value\":\"12:00\",\"type\":\"TABLES\",\"stopped\":false,\"createTime\":\"1730946421757\"," +
                                      "\"updateTime\":\"2026-04-01T02:18:01Z\",\"config\":{\"tables\":[\"orders\"],\"partitionFilters\":{\"orders\":\"ds > '1'\"}," +
                                      "\"enableDataMigration\":true,\"others\":{\"k\":1}}}}");
            MmsTimer timer = await client.GetTimerAsync(2000028, 7001, CancellationToken.None);
            Assert.Equal("Daily 12:00", timer.Schedule);
            Assert.Equal(new DateTime(2024, 11, 7, 2, 27, 1, 757, DateTimeKind.Utc), timer.CreateTime);
            Assert.Equal(new DateTime(2026, 4, 1, 2, 18, 1, DateTimeKind.Utc), timer.UpdateTime);
            Assert.Equal("tables: orders", timer.Scope);
            Assert.Equal("ds > '1'", timer.PartitionFilters["orders"]);
            Assert.True(timer.EnableDataMigration);
            Assert.Null(timer.EnableVerification);
            Assert.Equal("{\"k\":1}", timer.OthersText);
        }

        [Fact]
        public async Task Config_items_mark_PASSWORD_and_FILE_as_secrets()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"R1\",\"data\":[{\"key\":\"hive.jdbc.password\",\"type\":\"PASSWORD\"}," +
                                         "{\"key\":\"security.kerberos.keytab\",\"type\":\"FILE\",\"subType\":\".keytab\"}," +
                                         "{\"key\":\"task.max.concurrency\",\"type\":\"INT\",\"value\":20,\"enums\":[]}]}");
            MmsDataSourceConfigItem[] items = await client.ListDataSourceConfigItemsAsync("HIVE", "en_US", CancellationToken.None);
            Assert.Equal("?lang=en_US&sourceType=HIVE", sent[0].Query);
            Assert.True(items[0].IsSecret);
            Assert.True(items[1].IsSecret);
            Assert.False(items[2].IsSecret);
            Assert.Equal("20", items[2].DefaultValue);
        }
    }
}
