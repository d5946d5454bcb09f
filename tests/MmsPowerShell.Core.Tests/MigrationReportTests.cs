using System.Text.RegularExpressions;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Reports;

namespace MmsPowerShell.Core.Tests
{
    public class MigrationReportTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 12, 6, 1, 0, 0, TimeSpan.Zero);

        private static MmsMigrationRun Run(int jobs = 3, int failedPerJob = 1, string message = "ODPS-0130071: type mismatch", string state = MmsMigrationRunState.Running)
        {
            var runJobs = Enumerable.Range(1, jobs).Select(i => new MmsMigrationRunJob
            {
                JobId = i, Name = "nightly-sales-" + i.ToString("000"), DbName = i % 2 == 0 ? "finance" : "sales", DestinationProject = "mc",
                Tables = new MmsList<string>(Enumerable.Range(1, 10).Select(t => "t" + t)), Status = i == 1 ? "FAILED" : "DONE",
                Attempts = 1, TaskNum = 10, TaskDone = i == 1 ? 10 - failedPerJob : 10, Bytes = 1024L * 1024 * 1024, StartTime = Start,
            }).ToList();
            var failed = Enumerable.Range(1, failedPerJob).Select(f => new MmsMigrationFailedTable
            {
                SourceId = 2000028, DbName = "sales", TableName = "orders_" + f, JobId = 1, TaskId = 500 + f, Status = "DATA_FAILED", Message = message,
            }).ToList();
            return new MmsMigrationRun
            {
                Name = "nightly", SourceId = 2000028, StartTime = Start, State = state, Jobs = new MmsList<MmsMigrationRunJob>(runJobs),
                FailedTables = new MmsList<MmsMigrationFailedTable>(failed), TablesPlanned = jobs * 10, TablesDone = jobs * 10 - failedPerJob,
                TablesFailed = failedPerJob, BytesPlanned = runJobs.Sum(j => j.Bytes), BytesDone = runJobs.Sum(j => j.Bytes) / 2,
            };
        }

        private static string Render(MmsMigrationRun run) => MigrationReport.Render(run, Start.AddHours(1), TimeZoneInfo.Utc);

        [Theory]
        [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
        [InlineData("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;")]
        [InlineData("中文表 🚀", "中文表 🚀")]
        [InlineData("line\u001b[2Jclear", "line\u241b[2Jclear")]
        [InlineData("", "")]
        [InlineData(null, "")]
        public void EncoderEscapesMarkupAndMakesControlsVisible(string? text, string expected) => Assert.Equal(expected, HtmlText.Encode(text));

        [Fact]
        public void EncoderReturnsCleanTextAsItIs()
        {
            const string clean = "sales.orders_2024";
            Assert.Same(clean, HtmlText.Encode(clean));
        }

        [Fact]
        public void HostileTextNeverBecomesMarkup()
        {
            const string hostile = "<img src=x onerror=\"alert(1)\"><script>alert(2)</script>";
            MmsMigrationRun run = Run(message: hostile);
            run.Name = "<b>run</b>";
            run.Jobs[0].Name = "\"><svg onload=alert(3)>";
            run.Jobs[0].DbName = "</td><script>";
            run.FailedTables[0].TableName = "'><iframe>";
            run.Settings = new MmsList<MmsMigrationSetting>(new[] { new MmsMigrationSetting("<x>", "<y>") });
            string page = Render(run);
            // Only the report's own elements: every tag the page holds is one it writes itself.
            string[] tags = Regex.Matches(page, "<([a-zA-Z][a-zA-Z0-9]*)").Cast<Match>().Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().ToArray();
            string[] allowed = { "html", "head", "meta", "title", "style", "body", "header", "p", "h1", "span", "time", "main", "section", "div", "h3", "svg",
                "circle", "text", "rect", "h2", "small", "table", "thead", "tr", "th", "tbody", "td", "code", "details", "summary", "dl", "dt", "dd", "footer" };
            Assert.Empty(tags.Except(allowed));
            Assert.Contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;", page);
            Assert.Contains("&lt;b&gt;run&lt;/b&gt;", page);
            Assert.DoesNotContain("&amp;lt;", page);
        }

        [Fact]
        public void PolicyAllowsExactlyThePageStyleAndNothingElse()
        {
            string page = Render(Run());
            Match policy = Regex.Match(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-([^']+)'; base-uri 'none'; form-action 'none'\">");
            Assert.True(policy.Success);
            string css = Regex.Match(page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
            using (var sha = System.Security.Cryptography.SHA256.Create())
            {
                Assert.Equal(Convert.ToBase64String(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(css))), policy.Groups[1].Value);
            }
            Assert.DoesNotMatch("https?://|url\\(|@import|<script|<link|style=\"", page);
        }

        [Fact]
        public void SectionsComeInTheirOrder()
        {
            string page = Render(Run());
            int[] at = { page.IndexOf("class=\"cards\"", StringComparison.Ordinal), page.IndexOf("Progress by database", StringComparison.Ordinal),
                page.IndexOf("<h2>Jobs", StringComparison.Ordinal), page.IndexOf("<h2>Failed tables", StringComparison.Ordinal), page.IndexOf("<h2>Settings", StringComparison.Ordinal) };
            Assert.All(at, i => Assert.True(i > 0));
            Assert.Equal(at.OrderBy(i => i), at);
        }

        [Fact]
        public void LiveRunShowsTheTimeLeftAtTheThroughputSoFar()
        {
            // Half the bytes in one hour: about one hour left.
            string page = Render(Run());
            Assert.Contains("<h3>Time left</h3><div class=\"big\">≈ 1 h 0 min</div>", page);
            Assert.Contains("<h3>Elapsed</h3><div class=\"big\">1 h 0 min</div>", page);
        }

        [Fact]
        public void EndedRunShowsItsEndInsteadOfAnEstimate()
        {
            MmsMigrationRun run = Run(state: MmsMigrationRunState.Failed);
            run.EndTime = Start.AddHours(2);
            string page = Render(run);
            Assert.DoesNotContain("Time left", page);
            Assert.Contains("<h3>Ended</h3>", page);
            Assert.Contains("<time datetime=\"2026-12-06T03:00:00+00:00\">2026-12-06 03:00</time>", page);
        }

        [Fact]
        public void AnEndedRunWithoutItsOwnEndTimeEndsWithItsLastJob()
        {
            // A run read from the service has no end time of its own.
            MmsMigrationRun run = Run(state: MmsMigrationRunState.Done);
            run.Jobs[1].EndTime = Start.AddMinutes(90);
            run.Jobs[2].EndTime = Start.AddMinutes(30);
            string page = MigrationReport.Render(run, Start.AddHours(5), TimeZoneInfo.Utc);
            Assert.Contains("<h3>Ended</h3><div class=\"big\"><span class=\"state state-Done\">Done</span></div><div class=\"sub\"><time datetime=\"2026-12-06T02:30:00+00:00\">", page);
            Assert.Contains("<h3>Elapsed</h3><div class=\"big\">1 h 30 min</div>", page);
        }

        [Fact]
        public void TimesAreWrittenInTheReportZoneAndNameIt()
        {
            TimeZoneInfo zone = TimeZoneInfo.CreateCustomTimeZone("Test+8", TimeSpan.FromHours(8), "Test+8", "Test Standard Time");
            string page = MigrationReport.Render(Run(), Start.AddHours(1), zone);
            Assert.Contains("2026-12-06 10:00</time> UTC+08:00 (Test Standard Time)", page);
        }

        [Fact]
        public void FailedTablesCarryTheirLogLineAndTheCommandThatRetriesThem()
        {
            string page = Render(Run(failedPerJob: 2));
            Assert.Contains("sales.orders_1", page);
            Assert.Contains("ODPS-0130071: type mismatch", page);
            Assert.Contains("<code>Restart-MmsTask -SourceId 2000028 -TaskId 501</code>", page);
            Assert.Contains("<span class=\"badge b-FAILED\">DATA_FAILED</span>", page);
            Assert.Contains("<code class=\"cmd\">Restart-MmsTask -SourceId 2000028 -TaskId 501, 502</code>", page);
        }

        [Fact]
        public void AFailedTableWithoutItsTaskIsRetriedThroughItsJob()
        {
            var table = new MmsMigrationFailedTable { DbName = "d", TableName = "t", JobId = 7 };
            Assert.Equal("Restart-MmsJob -SourceId 9 -JobId 7", RetryCommand.For(table, 9));
            Assert.Null(RetryCommand.For(new MmsMigrationFailedTable(), 9));
        }

        [Fact]
        public void LargeRunsAreSummarisedWithTheFullListBehindDetails()
        {
            string page = Render(Run(jobs: 200, failedPerJob: 120));
            Assert.Contains("<summary>All 200 jobs</summary>", page);
            Assert.Contains("<summary>All 120 failed tables</summary>", page);
            Assert.Contains("<summary>One command that retries all 120 failed tables</summary>", page);
            // The one job that is not done is listed before the fold.
            string beforeFold = page.Substring(0, page.IndexOf("<summary>All 200 jobs", StringComparison.Ordinal));
            Assert.Contains("nightly-sales-001", beforeFold.Substring(beforeFold.IndexOf("<h2>Jobs", StringComparison.Ordinal)));
        }

        [Fact]
        public void AnEmptyRunRendersWithoutCharts()
        {
            string page = Render(new MmsMigrationRun { Name = "empty" });
            Assert.Contains("The run has no jobs yet.", page);
            Assert.Contains("No table has failed.", page);
            Assert.DoesNotContain("class=\"bar\"", page.Substring(page.IndexOf("Progress by database", StringComparison.Ordinal)));
        }

        [Fact]
        public void DatabaseProgressAddsUpJobsByDatabase()
        {
            var progress = DatabaseProgress.Of(Run(jobs: 3, failedPerJob: 2));
            Assert.Equal(new[] { "sales", "finance" }, progress.Select(p => p.DbName));
            DatabaseProgress sales = progress[0];
            Assert.Equal(20, sales.TablesPlanned);
            Assert.Equal(18, sales.TablesDone, 3);
            Assert.Equal(2, sales.TablesFailed);
            Assert.Equal(new[] { "mc" }, sales.Projects);
        }

        [Theory]
        [InlineData(0, "0 B")]
        [InlineData(1023, "1023 B")]
        [InlineData(1536, "1.5 KB")]
        [InlineData(10L * 1024 * 1024 * 1024, "10 GB")]
        [InlineData(1234L * 1024 * 1024 * 1024 * 1024, "1.21 PB")]
        public void BytesReadAsSizes(long bytes, string expected) => Assert.Equal(expected, ReportFormat.Bytes(bytes));

        [Fact]
        public void FileIsWrittenWholeAndNeverOverAnExistingOneWithoutOverwrite()
        {
            string folder = Path.Combine(Path.GetTempPath(), "mms-report-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                string path = Path.Combine(folder, "r.html");
                ReportFile.Write(path, "first 中文", overwrite: false);
                Assert.Equal("first 中文", File.ReadAllText(path));
                Assert.Throws<IOException>(() => ReportFile.Write(path, "second", overwrite: false));
                Assert.Equal("first 中文", File.ReadAllText(path));
                ReportFile.Write(path, "third", overwrite: true);
                Assert.Equal("third", File.ReadAllText(path));
                Assert.Equal(new[] { "r.html" }, Directory.GetFiles(folder).Select(Path.GetFileName));
                Assert.Throws<DirectoryNotFoundException>(() => ReportFile.Write(Path.Combine(folder, "missing", "r.html"), "x", overwrite: true));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
