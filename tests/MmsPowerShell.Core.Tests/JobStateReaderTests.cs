using System.Text.RegularExpressions;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Jobs;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Tests
{
    public class JobStateReaderTests
    {
        private const long Source = 7;

        [Fact]
        public async Task A_round_of_150_running_jobs_costs_two_pages_and_no_GetMmsJob()
        {
            var service = new FakeJobService(Enumerable.Range(1, 150).Select(i => Job(1000 + i, "run-retail-" + i.ToString("000"), "DOING")));
            var reader = new MmsJobStateReader(service.Client, Source, service.Ids, "run-");

            IReadOnlyList<MmsJobRead> reads = await reader.ReadAllAsync(CancellationToken.None);

            Assert.Equal(150, reads.Count);
            Assert.All(reads, read => Assert.Equal("DOING", read.Job!.Status));
            Assert.Equal(service.Ids.OrderBy(id => id), reads.Select(r => r.Job!.JobId).OrderBy(id => id));
            Assert.Equal(2, service.Count("ListMmsJobs"));
            Assert.Equal(0, service.Count("GetMmsJob"));
            Assert.All(service.ListQueries, query =>
            {
                Assert.Equal("DOING", query["status"]);
                Assert.Equal("run-", query["name"]);
                Assert.Equal("100", query["pageSize"]);
            });
        }

        [Fact]
        public async Task A_job_the_listing_does_not_show_is_read_with_GetMmsJob_and_one_that_ended_is_not_asked_again()
        {
            var service = new FakeJobService(new[] { Job(1, "run-a-001", "DOING"), Job(2, "run-a-002", "DONE"), Job(3, "run-a-003", "INIT") });
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 2, 3 }, "run-");

            var reads = (await reader.ReadAllAsync(CancellationToken.None)).ToDictionary(r => r.JobId, r => r.Job!.Status);

            Assert.Equal(new Dictionary<long, string?> { [1] = "DOING", [2] = "DONE", [3] = "INIT" }, reads);
            Assert.Equal(new long[] { 2, 3 }, service.GetJobIds.OrderBy(id => id));
            Assert.Equal(new long[] { 1, 3 }, reader.ActiveJobIds.OrderBy(id => id));

            service.GetJobIds.Clear();
            service.Set(1, "FAILED");
            reads = (await reader.ReadAllAsync(CancellationToken.None)).ToDictionary(r => r.JobId, r => r.Job!.Status);
            Assert.Equal(new Dictionary<long, string?> { [1] = "FAILED", [3] = "INIT" }, reads);
            Assert.Equal(new long[] { 1, 3 }, service.GetJobIds.OrderBy(id => id));
            Assert.Equal(new long[] { 3 }, reader.ActiveJobIds);
        }

        [Fact]
        public async Task A_stopped_job_is_taken_from_the_listing_and_no_longer_waited_for()
        {
            var service = new FakeJobService(new[] { Job(1, "run-a-001", "DOING"), Job(2, "run-a-002", "DOING", stopped: true) });
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 2 }, "run-");

            var reads = await reader.ReadAllAsync(CancellationToken.None);

            Assert.True(reads.Single(r => r.JobId == 2).Job!.Stopped);
            Assert.Equal(0, service.Count("GetMmsJob"));
            Assert.Equal(new long[] { 1 }, reader.ActiveJobIds);
        }

        [Fact]
        public async Task The_local_filter_keeps_only_the_jobs_asked_for_when_the_service_ignores_the_query()
        {
            var service = new FakeJobService(new[]
            {
                Job(1, "run-a-001", "DOING"), Job(2, "someone-else", "DOING"), Job(3, "run-a-003", "DONE"), Job(4, "run-a-004", "DOING", sourceId: Source + 1),
            }) { IgnoresFilters = true };
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 3, 4 }, "run-");

            var reads = (await reader.ReadAllAsync(CancellationToken.None)).ToDictionary(r => r.JobId);

            Assert.Equal(new long[] { 1, 3, 4 }, reads.Keys.OrderBy(id => id));
            Assert.Equal("DONE", reads[3].Job!.Status);
            Assert.Equal(new long[] { 4 }, service.GetJobIds);
            Assert.IsType<MmsApiException>(reads[4].Error);
        }

        [Fact]
        public async Task Paging_stops_as_soon_as_every_job_asked_for_is_found()
        {
            var service = new FakeJobService(Enumerable.Range(1, 300).Select(i => Job(i, "run-a-" + i, "DOING")));
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 5, 60 }, "run-");

            await reader.ReadAllAsync(CancellationToken.None);

            Assert.Equal(1, service.Count("ListMmsJobs"));
            Assert.Equal(0, service.Count("GetMmsJob"));
        }

        [Fact]
        public async Task A_service_answering_the_same_page_again_ends_the_paging_and_the_rest_is_read_by_id()
        {
            var service = new FakeJobService(Enumerable.Range(1, 150).Select(i => Job(i, "run-a-" + i, "DOING"))) { SamePage = true };
            var reader = new MmsJobStateReader(service.Client, Source, Enumerable.Range(1, 150).Select(i => (long)i), "run-");

            var reads = await reader.ReadAllAsync(CancellationToken.None);

            Assert.All(reads, read => Assert.Equal("DOING", read.Job!.Status));
            Assert.Equal(2, service.Count("ListMmsJobs"));
            Assert.Equal(Enumerable.Range(101, 50).Select(i => (long)i), service.GetJobIds.OrderBy(id => id));
        }

        [Fact]
        public async Task A_throttled_listing_fails_the_round_as_a_whole_and_sends_no_GetMmsJob()
        {
            var service = new FakeJobService(Enumerable.Range(1, 150).Select(i => Job(i, "run-a-" + i, "DOING"))) { ThrottleLists = int.MaxValue };
            var reader = new MmsJobStateReader(service.Client, Source, service.Ids, "run-");

            var error = await Assert.ThrowsAsync<MmsApiException>(() => reader.ReadAllAsync(CancellationToken.None));

            Assert.Equal(MmsErrorKind.Throttling, error.Kind);
            Assert.Equal(TestClients.FastRetry.MaxAttempts, service.Count("ListMmsJobs"));
            Assert.Equal(0, service.Count("GetMmsJob"));
        }

        [Fact]
        public async Task A_throttled_page_holds_the_poll_back_for_the_pause_the_service_asks_then_goes_on()
        {
            var service = new FakeJobService(Enumerable.Range(1, 150).Select(i => Job(i, "run-a-" + i, "DOING"))) { ThrottleLists = 1, RetryAfterMs = 300 };
            var reader = new MmsJobStateReader(service.Client, Source, service.Ids, "run-");

            var reads = await reader.ReadAllAsync(CancellationToken.None);

            Assert.All(reads, read => Assert.NotNull(read.Job));
            Assert.Equal(3, service.Count("ListMmsJobs"));
            Assert.Equal(0, service.Count("GetMmsJob"));
            Assert.True(service.ListTimes[1] - service.ListTimes[0] >= TimeSpan.FromMilliseconds(250), "the retry waited for the pause");
        }

        [Fact]
        public async Task One_job_at_a_time_shares_the_round_and_a_job_asked_again_starts_the_next()
        {
            var service = new FakeJobService(Enumerable.Range(1, 150).Select(i => Job(i, "run-a-" + i, "DOING")));
            var reader = new MmsJobStateReader(service.Client, Source, service.Ids, "run-");

            MmsJob[] first = await Task.WhenAll(service.Ids.Select(id => reader.ReadAsync(id, CancellationToken.None)));
            Assert.Equal(service.Ids, first.Select(j => j.JobId));
            Assert.Equal(2, service.Count("ListMmsJobs"));

            service.Set(7, "DONE");
            MmsJob[] second = await Task.WhenAll(service.Ids.Select(id => reader.ReadAsync(id, CancellationToken.None)));
            Assert.Equal("DONE", second.Single(j => j.JobId == 7).Status);
            Assert.Equal(4, service.Count("ListMmsJobs"));
            Assert.Equal(new long[] { 7 }, service.GetJobIds);
        }

        [Fact]
        public async Task A_name_filter_that_matches_exactly_is_dropped_after_an_empty_listing_hides_a_running_job()
        {
            var service = new FakeJobService(new[] { Job(1, "run-a-001", "DOING"), Job(2, "run-a-002", "DOING") }) { ExactNames = true };
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 2 }, "run-");

            await reader.ReadAllAsync(CancellationToken.None);
            Assert.Equal(2, service.Count("GetMmsJob"));

            service.GetJobIds.Clear();
            var reads = await reader.ReadAllAsync(CancellationToken.None);
            Assert.All(reads, read => Assert.Equal("DOING", read.Job!.Status));
            Assert.Empty(service.GetJobIds);
            Assert.False(service.ListQueries.Last().ContainsKey("name"));
        }

        [Fact]
        public async Task A_job_missed_between_pages_keeps_the_name_filter()
        {
            var service = new FakeJobService(new[] { Job(1, "run-a-001", "DOING"), Job(2, "run-a-002", "DOING") }) { HiddenFromLists = { 2 } };
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 2 }, "run-");

            await reader.ReadAllAsync(CancellationToken.None);
            await reader.ReadAllAsync(CancellationToken.None);

            Assert.Equal(new long[] { 2, 2 }, service.GetJobIds);
            Assert.All(service.ListQueries, query => Assert.Equal("run-", query["name"]));
        }

        [Fact]
        public async Task A_service_that_refuses_the_listing_gets_a_GetMmsJob_per_job_from_then_on()
        {
            var service = new FakeJobService(new[] { Job(1, "run-a-001", "DOING"), Job(2, "run-a-002", "DOING") }) { ListAnswer = "403 Forbidden.RAM" };
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 2 }, "run-");

            Assert.All(await reader.ReadAllAsync(CancellationToken.None), read => Assert.Equal("DOING", read.Job!.Status));
            Assert.All(await reader.ReadAllAsync(CancellationToken.None), read => Assert.Equal("DOING", read.Job!.Status));

            Assert.Equal(1, service.Count("ListMmsJobs"));
            Assert.Equal(new long[] { 1, 1, 2, 2 }, service.GetJobIds.OrderBy(id => id));
        }

        [Fact]
        public async Task A_garbled_page_fails_the_round_and_the_next_round_lists_again()
        {
            var service = new FakeJobService(new[] { Job(1, "run-a-001", "DOING"), Job(2, "run-a-002", "DOING") }) { ListAnswer = "200 {\"requestId\":\"r\",\"data\":{\"objectL" };
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 2 }, "run-");

            var error = await Assert.ThrowsAsync<MmsApiException>(() => reader.ReadAllAsync(CancellationToken.None));
            Assert.Equal(MmsErrorKind.InvalidResponse, error.Kind);
            Assert.Equal(0, service.Count("GetMmsJob"));

            service.ListAnswer = null;
            Assert.All(await reader.ReadAllAsync(CancellationToken.None), read => Assert.Equal("DOING", read.Job!.Status));
            Assert.Equal(0, service.Count("GetMmsJob"));
        }

        [Fact]
        public async Task One_running_job_is_read_with_GetMmsJob_alone()
        {
            var service = new FakeJobService(new[] { Job(1, "run-a-001", "DOING"), Job(2, "other", "DOING") });
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1 }, "run-");

            Assert.Equal("DOING", (await reader.ReadAllAsync(CancellationToken.None)).Single().Job!.Status);
            Assert.Equal("DOING", (await reader.ReadAsync(1, CancellationToken.None)).Status);

            Assert.Equal(0, service.Count("ListMmsJobs"));
            Assert.Equal(new long[] { 1, 1 }, service.GetJobIds);
        }

        [Fact]
        public async Task Jobs_never_started_are_not_looked_for_in_the_listing_after_their_first_read()
        {
            var service = new FakeJobService(new[] { Job(1, "run-a-001", "INIT"), Job(2, "run-a-002", "INIT"), Job(3, "run-a-003", "INIT") });
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 2, 3 }, "run-");

            await reader.ReadAllAsync(CancellationToken.None);
            Assert.Equal(1, service.Count("ListMmsJobs"));
            await reader.ReadAllAsync(CancellationToken.None);
            Assert.Equal(1, service.Count("ListMmsJobs"));
            Assert.Equal(6, service.Count("GetMmsJob"));

            // Started since: the next round reads them by id and sees them running; the one after lists them.
            service.Set(1, "DOING");
            service.Set(2, "DOING");
            await reader.ReadAllAsync(CancellationToken.None);
            Assert.Equal(1, service.Count("ListMmsJobs"));
            Assert.Equal(9, service.Count("GetMmsJob"));
            await reader.ReadAllAsync(CancellationToken.None);
            Assert.Equal(2, service.Count("ListMmsJobs"));
            Assert.Equal(10, service.Count("GetMmsJob"));
        }

        [Fact]
        public async Task Paging_stops_when_the_pages_left_outnumber_the_jobs_still_missing()
        {
            var service = new FakeJobService(Enumerable.Range(1, 1000).Select(i => Job(i, "run-a-" + i, "DOING")));
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 5, 450, 900 }, "run-");

            var reads = await reader.ReadAllAsync(CancellationToken.None);

            Assert.All(reads, read => Assert.Equal("DOING", read.Job!.Status));
            Assert.Equal(1, service.Count("ListMmsJobs"));
            Assert.Equal(new long[] { 450, 900 }, service.GetJobIds.OrderBy(id => id));
        }

        [Fact]
        public async Task Without_a_prefix_the_listing_is_of_every_running_job_of_the_source()
        {
            var service = new FakeJobService(new[] { Job(1, "a", "DOING"), Job(2, "b", "DOING") });
            var reader = new MmsJobStateReader(service.Client, Source, new long[] { 1, 2 });

            await reader.ReadAllAsync(CancellationToken.None);

            Assert.False(service.ListQueries.Single().ContainsKey("name"));
            Assert.Equal("DOING", service.ListQueries.Single()["status"]);
        }

        [Theory]
        [InlineData("run-retail-001|run-retail-002|run-finance-001", "run-")]
        [InlineData("nightly|nightly", "nightly")]
        [InlineData("a-1|b-1", null)]
        [InlineData("run-1||run-2", null)]
        [InlineData("", null)]
        public void The_common_name_prefix_is_what_every_name_starts_with(string names, string? expected)
        {
            string?[] list = names.Length == 0 ? new string?[0] : names.Split('|').Select(n => n.Length == 0 ? null : n).ToArray();
            Assert.Equal(expected, MmsJobStateReader.CommonNamePrefix(list));
        }

        private static FakeJob Job(long id, string name, string status, bool stopped = false, long sourceId = Source) =>
            new FakeJob { Id = id, Name = name, Status = status, Stopped = stopped, SourceId = sourceId };

        private sealed class FakeJob
        {
            public long Id { get; set; }
            public string Name { get; set; } = "";
            public string Status { get; set; } = "";
            public bool Stopped { get; set; }
            public long SourceId { get; set; }

            public string Json() =>
                "{\"id\":" + Id + ",\"name\":\"" + Name + "\",\"sourceId\":" + SourceId + ",\"status\":\"" + Status + "\",\"stopped\":" +
                (Stopped ? "true" : "false") + ",\"taskNum\":4,\"taskDone\":1}";
        }

        /// <summary>ListMmsJobs and GetMmsJob over a few in-memory jobs, with the service's quirks to order.</summary>
        private sealed class FakeJobService
        {
            private readonly List<FakeJob> _jobs;
            private readonly object _lock = new object();
            private readonly Dictionary<string, int> _counts = new Dictionary<string, int>();

            public FakeJobService(IEnumerable<FakeJob> jobs)
            {
                _jobs = jobs.ToList();
                Client = TestClients.For(new StubHttpHandler(Answer));
            }

            public Http.MmsApiClient Client { get; }

            public long[] Ids => _jobs.Select(j => j.Id).ToArray();

            public bool IgnoresFilters { get; set; }

            public bool SamePage { get; set; }

            /// <summary>The name filter matches whole names only.</summary>
            public bool ExactNames { get; set; }

            /// <summary>How many ListMmsJobs requests are answered with throttling first.</summary>
            public int ThrottleLists { get; set; }

            public int RetryAfterMs { get; set; } = 1;

            /// <summary>"status body" to answer every ListMmsJobs with instead of the page; null for the page.</summary>
            public string? ListAnswer { get; set; }

            /// <summary>Jobs the listing skips, as when they move from one page to another between two requests.</summary>
            public HashSet<long> HiddenFromLists { get; } = new HashSet<long>();

            public List<Dictionary<string, string>> ListQueries { get; } = new List<Dictionary<string, string>>();

            public List<DateTime> ListTimes { get; } = new List<DateTime>();

            public List<long> GetJobIds { get; } = new List<long>();

            public int Count(string action)
            {
                lock (_lock)
                {
                    return _counts.TryGetValue(action, out int n) ? n : 0;
                }
            }

            public void Set(long id, string status) => _jobs.Single(j => j.Id == id).Status = status;

            private HttpResponseMessage Answer(HttpRequestMessage request)
            {
                string action = request.Headers.GetValues("x-acs-action").Single();
                lock (_lock)
                {
                    _counts[action] = Count(action) + 1;
                    string path = request.RequestUri!.AbsolutePath;
                    if (action == "GetMmsJob")
                    {
                        long id = long.Parse(path.Substring(path.LastIndexOf('/') + 1));
                        GetJobIds.Add(id);
                        FakeJob? job = _jobs.FirstOrDefault(j => j.Id == id && j.SourceId == Source);
                        return job == null
                            ? StubHttpHandler.Response(HttpStatusCode.NotFound, "{\"requestId\":\"r\",\"httpCode\":404,\"errorCode\":\"ODPS-0130131\",\"errorMsg\":\"Job not found\"}")
                            : StubHttpHandler.Response(HttpStatusCode.OK, "{\"requestId\":\"r\",\"data\":" + job.Json() + "}");
                    }
                    Assert.Equal("ListMmsJobs", action);
                    ListTimes.Add(DateTime.UtcNow);
                    if (ThrottleLists > 0)
                    {
                        ThrottleLists--;
                        var throttled = StubHttpHandler.Response((HttpStatusCode)429, "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}");
                        throttled.Headers.Add("x-acs-retry-after", RetryAfterMs.ToString());
                        return throttled;
                    }
                    if (ListAnswer != null)
                    {
                        int space = ListAnswer.IndexOf(' ');
                        string answer = ListAnswer.Substring(space + 1);
                        return StubHttpHandler.Response((HttpStatusCode)int.Parse(ListAnswer.Substring(0, space)),
                            answer.StartsWith("Forbidden", StringComparison.Ordinal) ? "{\"Code\":\"" + answer + "\",\"Message\":\"You are not authorized to do this action.\"}" : answer);
                    }
                    var query = Regex.Matches(request.RequestUri.Query.TrimStart('?'), "([^&=]+)=([^&]*)")
                        .ToDictionary(m => Uri.UnescapeDataString(m.Groups[1].Value), m => Uri.UnescapeDataString(m.Groups[2].Value));
                    ListQueries.Add(query);
                    IEnumerable<FakeJob> listed = _jobs.Where(j => !HiddenFromLists.Contains(j.Id));
                    if (!IgnoresFilters)
                    {
                        listed = listed.Where(j => j.SourceId == Source);
                        if (query.TryGetValue("status", out string? status)) listed = listed.Where(j => j.Status == status);
                        if (query.TryGetValue("name", out string? name)) listed = listed.Where(j => ExactNames ? j.Name == name : j.Name.StartsWith(name, StringComparison.Ordinal));
                    }
                    var all = listed.OrderBy(j => j.Id).ToList();
                    int pageNum = SamePage ? 1 : int.Parse(query["pageNum"]);
                    int pageSize = int.Parse(query["pageSize"]);
                    var page = all.Skip((pageNum - 1) * pageSize).Take(pageSize);
                    var body = new StringBuilder("{\"requestId\":\"r\",\"data\":{\"objectList\":[")
                        .Append(string.Join(",", page.Select(j => j.Json())))
                        .Append("],\"pageNum\":").Append(pageNum).Append(",\"pageSize\":").Append(pageSize).Append(",\"total\":").Append(all.Count).Append("}}");
                    return StubHttpHandler.Response(HttpStatusCode.OK, body.ToString());
                }
            }
        }
    }
}
