using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>How the job-side operations are put on the wire: methods, paths, bodies, signing and query encoding.</summary>
    public class JobRequestTests
    {
        private const string ValueAnswer = "{\"requestId\":\"r-1\",\"data\":104}";

        /// <summary>Re-derives the signature from what was sent, as the server does, and checks it matches.</summary>
        private static void AssertSignedOver(CapturedRequest sent, byte[] payload)
        {
            Assert.Equal(Digests.Sha256(payload), sent.Headers["x-acs-content-sha256"]);
            var headers = sent.Headers.Where(h => h.Key != "Authorization" && h.Key != "Accept")
                .Select(h => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), h.Value)).ToList();
            if (sent.ContentType != null)
            {
                headers.Add(new KeyValuePair<string, string>("content-type", sent.ContentType));
            }
            string path = sent.PathAndQuery.Split('?')[0];
            var query = sent.PathAndQuery.Contains('?')
                ? sent.PathAndQuery.Split('?')[1].Split('&').Select(p => p.Split('='))
                    .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1]))).ToList()
                : new List<KeyValuePair<string, string>>();
            string expected = Acs3Signer.CreateAuthorization(sent.Method.Method, path, query, headers, "LTAITestKeyId", Encoding.UTF8.GetBytes(TestClients.Secret));
            Assert.Equal(expected, sent.Headers["Authorization"]);
        }

        [Fact]
        public async Task CreateMmsJob_sends_the_documented_body_byte_for_byte_and_signs_those_bytes()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"r-1\",\"data\":{\"asyncTaskId\":50001}}");
            var job = new MmsJobDefinition("retry-failed", "logs")
            {
                DstDbName = "mc_proj",
                TaskType = "HIVE",
                Options = new MmsMigrationOptions
                {
                    Tables = new[] { "access_log", "error_log" },
                    Partitions = new[] { 9007199254740993L },
                    PartitionFilters = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["access_log"] = "p1 >= '2022-03-04'" },
                    EnableVerification = true,
                },
            };

            long asyncTaskId = await client.CreateJobAsync(2000028, job, CancellationToken.None);

            Assert.Equal(50001, asyncTaskId);
            CapturedRequest request = Assert.Single(sent);
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("/api/v1/mms/datasources/2000028/jobs", request.PathAndQuery);
            Assert.Equal("CreateMmsJob", request.Headers["x-acs-action"]);
            Assert.Equal(SignedRequestFactory.JsonContentType, request.ContentType);
            string expected =
                "{\"sourceId\":2000028,\"name\":\"retry-failed\",\"srcDbName\":\"logs\",\"dstDbName\":\"mc_proj\",\"taskType\":\"HIVE\"," +
                "\"tables\":[\"access_log\",\"error_log\"],\"partitions\":[9007199254740993]," +
                "\"partitionFilters\":{\"access_log\":\"p1 \\u003E= \\u00272022-03-04\\u0027\"},\"enableVerification\":true}";
            Assert.Equal(expected, Encoding.UTF8.GetString(request.Body!));
            AssertSignedOver(request, request.Body!);
        }

        [Fact]
        public async Task Options_left_unset_are_not_sent()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"r-1\",\"data\":{\"asyncTaskId\":50002}}");
            await client.CreateJobAsync(2000028, new MmsJobDefinition("whole-db", "sales"), CancellationToken.None);
            Assert.Equal("{\"sourceId\":2000028,\"name\":\"whole-db\",\"srcDbName\":\"sales\"}", Encoding.UTF8.GetString(Assert.Single(sent).Body!));
        }

        [Theory]
        [InlineData("StartMmsJob", "/api/v1/mms/datasources/2000028/jobs/104/start")]
        [InlineData("StopMmsJob", "/api/v1/mms/datasources/2000028/jobs/104/stop")]
        [InlineData("RetryMmsJob", "/api/v1/mms/datasources/2000028/jobs/104/retry")]
        [InlineData("DeleteMmsJob", "/api/v1/mms/datasources/2000028/jobs/104")]
        [InlineData("RetryMmsTask", "/api/v1/mms/datasources/2000028/tasks/104/retry")]
        public async Task Bodiless_commands_are_POSTs_signed_over_the_empty_payload_without_content_type(string action, string path)
        {
            var (client, sent) = RequestCapture.ClientAnswering(ValueAnswer);
            Func<long, long, CancellationToken, Task<long>> call = action switch
            {
                "StartMmsJob" => client.StartJobAsync,
                "StopMmsJob" => client.StopJobAsync,
                "RetryMmsJob" => client.RetryJobAsync,
                "DeleteMmsJob" => client.DeleteJobAsync,
                _ => client.RetryTaskAsync,
            };

            Assert.Equal(104, await call(2000028, 104, CancellationToken.None));

            CapturedRequest request = Assert.Single(sent);
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal(path, request.PathAndQuery);
            Assert.Equal(action, request.Headers["x-acs-action"]);
            Assert.Null(request.Body);
            Assert.Null(request.ContentType);
            Assert.Equal(Digests.EmptyBodySha256, request.Headers["x-acs-content-sha256"]);
            Assert.DoesNotContain("content-type", request.Headers["Authorization"]);
            AssertSignedOver(request, new byte[0]);
        }

        [Fact]
        public async Task ListMmsJobs_flattens_the_sorter_with_a_dot_and_sends_stopped_as_a_number()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"r\",\"data\":{\"objectList\":[],\"pageNum\":1,\"pageSize\":100,\"total\":0}}");
            var query = new MmsJobQuery { NamePrefix = "retry", Status = "FAILED", DbName = "logs", Stopped = false, TimerId = 7001, SortByStatus = true, Descending = true };

            await client.ListJobsAsync(2000028, query, 1, 100, CancellationToken.None);

            CapturedRequest request = Assert.Single(sent);
            Assert.Equal(HttpMethod.Get, request.Method);
            Assert.Equal("/api/v1/mms/datasources/2000028/jobs?name=retry&pageNum=1&pageSize=100&sorter.status=desc&srcDbName=logs&status=FAILED&stopped=0&timerId=7001",
                request.PathAndQuery);
            AssertSignedOver(request, new byte[0]);
            Assert.Contains("stopped=1", new MmsJobQuery { Stopped = true }.ToQuery().Select(p => p.Key + "=" + p.Value));
        }

        [Fact]
        public async Task ListMmsTasks_sends_the_job_status_and_a_dotted_start_time_sorter()
        {
            var (client, sent) = RequestCapture.ClientAnswering("{\"requestId\":\"r\",\"data\":{\"objectList\":[],\"pageNum\":1,\"pageSize\":100,\"total\":0}}");
            await client.ListTasksAsync(2000028, new MmsTaskQuery { JobId = 102, Status = "DATA_FAILED", SortBy = "startTime" }, 1, 100, CancellationToken.None);
            Assert.Equal("/api/v1/mms/datasources/2000028/tasks?jobId=102&pageNum=1&pageSize=100&sorter.startTime=asc&status=DATA_FAILED",
                Assert.Single(sent).PathAndQuery);
        }

        [Fact]
        public async Task A_create_whose_answer_is_lost_is_sent_once_and_reported_as_outcome_unknown()
        {
            var handler = new StubHttpHandler(_ => throw new HttpRequestException("The response ended prematurely."));
            var client = TestClients.For(handler);

            var error = await Assert.ThrowsAsync<MmsApiException>(() =>
                client.CreateJobAsync(2000028, new MmsJobDefinition("retry-failed", "logs"), CancellationToken.None));

            Assert.Single(handler.Requests);
            Assert.True(error.OutcomeUnknown);
            Assert.Equal(MmsErrorIds.ConnectionFailed.Id, error.ErrorCode);
        }

        [Fact]
        public async Task Reads_of_a_job_are_retried_after_a_reset()
        {
            int calls = 0;
            var handler = new StubHttpHandler(_ => ++calls == 1
                ? throw new HttpRequestException("reset")
                : StubHttpHandler.Response(HttpStatusCode.OK, "{\"requestId\":\"r\",\"data\":{\"id\":104,\"status\":\"DOING\",\"taskNum\":4,\"taskDone\":1}}"));
            MmsJob job = await TestClients.For(handler).GetJobAsync(2000028, 104, CancellationToken.None);
            Assert.Equal(2, handler.Requests.Count);
            Assert.Equal(25, job.PercentDone);
        }

        [Fact]
        public async Task Job_task_log_and_async_task_answers_are_cleaned_and_typed()
        {
            var (client, _) = RequestCapture.ClientAnswering(
                "{\"requestId\":\"r-9\",\"data\":{\"id\":104,\"name\":\" nightly\\u001b[2J \",\"sourceId\":2000028,\"status\":\"FAILED\",\"type\":\"Tables\"," +
                "\"stopped\":false,\"taskNum\":3,\"taskDone\":2,\"createTime\":\"2024-12-17 15:44:17\",\"srcDbName\":\"logs\",\"dstDbName\":\"mma_logs\"," +
                "\"config\":{\"tables\":[\"a\",\"b\"],\"partitions\":[1,2],\"tableMapping\":{\"a\":\"a2\"},\"schemaOnly\":false,\"others\":{\"k\":1}}}}");
            MmsJob job = await client.GetJobAsync(2000028, 104, CancellationToken.None);
            Assert.Equal("nightly\u241B[2J", job.Name);
            Assert.Equal(new DateTime(2024, 12, 17, 15, 44, 17), job.CreateTime);
            Assert.Equal("2024-12-17 15:44:17", job.CreateTimeText);
            Assert.Equal(66, job.PercentDone);
            Assert.True(job.IsFinished);
            Assert.Equal(new[] { "a", "b" }, job.Config.Tables);
            Assert.Equal("tables=a,b; partitions=1,2; tableMapping={a: a2}; schemaOnly=false; others={\"k\":1}", job.Config.ToString());
            Assert.Equal("r-9", job.RequestId);

            var (logClient, _) = RequestCapture.ClientAnswering("{\"requestId\":\"r\",\"data\":[{\"id\":1,\"taskId\":1002,\"status\":\"DATA_FAILED\",\"action\":\"copy data\",\"msg\":\"boom\\r\\nforged\"}]}");
            MmsTaskLog log = Assert.Single(await logClient.ListTaskLogsAsync(2000028, 1002, CancellationToken.None));
            Assert.Equal("boom\u240D\u240Aforged", log.Message);
            Assert.Equal(2000028, log.SourceId);

            var (asyncClient, _) = RequestCapture.ClientAnswering("{\"requestId\":\"r\",\"data\":{\"id\":50001,\"running\":false,\"status\":\"FAILED\",\"errorMsg\":\"no such db\",\"objectId\":0}}");
            MmsAsyncTask task = await asyncClient.GetAsyncTaskAsync(2000028, 50001, CancellationToken.None);
            Assert.True(task.Failed);
            Assert.Equal("no such db", task.ErrorMessage);
        }

        [Fact]
        public async Task An_answer_about_another_job_is_refused()
        {
            var (client, _) = RequestCapture.ClientAnswering("{\"requestId\":\"r\",\"data\":{\"id\":999,\"status\":\"DONE\"}}");
            var error = await Assert.ThrowsAsync<MmsApiException>(() => client.GetJobAsync(2000028, 104, CancellationToken.None));
            Assert.Equal(MmsErrorKind.InvalidResponse, error.Kind);
        }
    }
}
