using System.Diagnostics;
using System.Text;
using System.Threading;
using MmsPowerShell.Emulator;

namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>What a whole migration run relies on: the dw_cluster source, the failure rules, table status following tasks, create counts.</summary>
    public class MigrationRunTests
    {
        private const long Source = DemoDataSet.MigrationSourceId;
        private readonly EmulatorSettings _settings = new EmulatorSettings(EmulatorOptions.Parse(new[] { "--job-step-ms", "1", "--async-task-ms", "1" }));
        private readonly TableStore _tables = new TableStore(new DemoDataSet());
        private readonly DemoCatalog _catalog;
        private readonly FaultRegistry _faults = new FaultRegistry();
        private readonly JobStore _jobs;

        public MigrationRunTests()
        {
            _catalog = new DemoCatalog(_tables, new DataSourceStore(_tables), new LatestScans());
            _jobs = new JobStore(_settings, _tables, _catalog, _faults);
        }

        [Fact]
        public void The_source_has_four_databases_big_enough_for_several_jobs_each()
        {
            var dbs = _catalog.Databases.Where(d => d.SourceId == Source).ToList();
            Assert.Equal(new[] { "retail", "finance", "clickstream", "staging" }, dbs.Select(d => d.Name));
            Assert.Equal(new[] { 260, 180, 120, 12 }, dbs.Select(d => d.Tables));
            Assert.Equal(new[] { "dw_retail", "dw_finance", "dw_clickstream", "" }, dbs.Select(d => d.DstProjectName));
            Assert.Equal(572, _catalog.FindSource(Source)!.TableNum);

            var tables = SourceTables();
            Assert.All(tables, t => Assert.True(t.Size > 0));
            Assert.Equal(tables.Count, tables.Select(t => (t.DbName, t.Name)).Distinct().Count());
            Assert.All(tables.Where(t => t.DbName == "clickstream"), t => Assert.True(t.HasPartitions && t.Partitions > 0));
            Assert.Contains(tables, t => t.DbName == "retail" && t.HasPartitions);
            Assert.Contains(tables, t => t.DbName == "retail" && !t.HasPartitions);
            Assert.DoesNotContain(tables, t => t.Status == "FAILED");
            Assert.Equal(new[] { "DOING", "DONE", "INIT", "PART_DONE" }, tables.Select(t => t.Status).Distinct().OrderBy(s => s));
        }

        [Fact]
        public void Retail_has_two_destinations_interleaved_in_table_id_order_and_staging_none()
        {
            var retail = SourceTables().Where(t => t.DbName == "retail").OrderBy(t => t.Id).ToList();
            Assert.Equal(new[] { "dw_retail", DemoDataSet.SecureRetailProject }, retail.Select(t => t.DstProjectName).Distinct().OrderBy(p => p));
            int switches = retail.Zip(retail.Skip(1), (a, b) => a.DstProjectName != b.DstProjectName).Count(changed => changed);
            Assert.True(switches > 4, "the secure tables come in runs between the others, not in one block");
            Assert.All(retail.Where(t => t.Name.Contains("_payment_")), t => Assert.Equal(DemoDataSet.SecureRetailProject, t.DstProjectName));
            Assert.All(SourceTables().Where(t => t.DbName == "staging"), t => Assert.Equal("", t.DstProjectName));
        }

        [Fact]
        public void A_table_named_with_fail_fails_once_and_a_job_retry_runs_only_its_failed_task()
        {
            long jobId = CreateAndStart("retail", "ods_login_failures", "ods_orders_01");
            RunToEnd(jobId);

            Assert.Equal("FAILED", _jobs.GetJob(Source, jobId)!.Status);
            TaskView failed = Task(jobId, "ods_login_failures");
            TaskView done = Task(jobId, "ods_orders_01");
            Assert.Equal("DATA_FAILED", failed.Status);
            Assert.StartsWith("FAILED: Execution Error", _jobs.TaskLogs(Source, failed.Id)!.Last().Msg);
            Assert.Equal("FAILED", Table("ods_login_failures").Status);
            Assert.Equal("DONE", done.Status);
            Assert.Equal("DONE", Table("ods_orders_01").Status);
            int doneLogs = _jobs.TaskLogs(Source, done.Id)!.Count;

            Assert.Null(_jobs.Retry(Source, jobId).Code);
            RunToEnd(jobId);

            JobView job = _jobs.GetJob(Source, jobId)!;
            Assert.Equal("DONE", job.Status);
            Assert.Equal(2, job.TaskDone);
            Assert.Equal(1, Task(jobId, "ods_login_failures").RetriedTimes);
            Assert.Equal(0, Task(jobId, "ods_orders_01").RetriedTimes);
            Assert.Equal(doneLogs, _jobs.TaskLogs(Source, done.Id)!.Count);
            Assert.Equal("DONE", Table("ods_login_failures").Status);
        }

        [Fact]
        public void The_legacy_table_fails_at_its_schema_step_on_every_attempt_and_its_log_says_why()
        {
            long jobId = CreateAndStart("retail", DemoDataSet.AlwaysFailingTable, "ods_orders_01");
            for (int attempt = 1; attempt <= 3; attempt++)
            {
                RunToEnd(jobId);
                Assert.Equal("FAILED", _jobs.GetJob(Source, jobId)!.Status);
                TaskView task = Task(jobId, DemoDataSet.AlwaysFailingTable);
                Assert.Equal("SCHEMA_FAILED", task.Status);
                Assert.Equal(attempt - 1, task.RetriedTimes);
                TaskLogEntry last = _jobs.TaskLogs(Source, task.Id)!.Last();
                Assert.Equal("SCHEMA_FAILED", last.Status);
                Assert.Equal("create schema", last.Action);
                Assert.Equal("FAILED: ODPS-0130161:[1,64] Parse exception - invalid type 'uniontype<int,string,array<string>>' of column 'payload' " +
                    "in create table dw_retail.default.ods_legacy_events", last.Msg);
                Assert.Equal("FAILED", Table(DemoDataSet.AlwaysFailingTable).Status);
                Assert.Equal("DONE", Task(jobId, "ods_orders_01").Status);
                Assert.Null(_jobs.Retry(Source, jobId).Code);
            }
        }

        [Fact]
        public void Without_a_schema_phase_the_legacy_table_fails_at_its_data_step()
        {
            long jobId = CreateAndStart("retail", new JobRequest
            {
                Name = "no_schema", SrcDbName = "retail", Tables = new[] { DemoDataSet.AlwaysFailingTable }, EnableSchemaMigration = false,
            });
            RunToEnd(jobId);
            TaskView task = Task(jobId, DemoDataSet.AlwaysFailingTable);
            Assert.Equal("DATA_FAILED", task.Status);
            Assert.Contains("uniontype", _jobs.TaskLogs(Source, task.Id)!.Last().Msg);
        }

        [Fact]
        public void Table_status_follows_its_task_step_by_step()
        {
            Assert.Equal("INIT", Table("dwd_orders_01").Status);
            long jobId = CreateAndStart("retail", "dwd_orders_01");
            // One tick, then the next is ten minutes away: the task has taken exactly its first step.
            Thread.Sleep(20);
            _settings.Update(new SettingsUpdate { JobStepMs = EmulatorSettings.MaxMs });
            _jobs.Advance();
            Assert.Equal("SCHEMA_DOING", Task(jobId, "dwd_orders_01").Status);
            Assert.Equal("DOING", Table("dwd_orders_01").Status);
            Assert.Equal(1, _catalog.Databases.Single(d => d.SourceId == Source && d.Name == "retail").TablesDoing - SeededDoing("retail"));
        }

        [Fact]
        public void A_created_job_appears_by_name_only_when_its_async_task_ends()
        {
            _settings.Update(new SettingsUpdate { AsyncTaskMs = 30 });
            long asyncId = _jobs.CreateJob(_catalog.FindSource(Source)!, new JobRequest { Name = "run-retail-001", SrcDbName = "retail", Tables = new[] { "ods_orders_01" } });
            _jobs.Advance();
            Assert.Empty(_jobs.ListJobs(Source, jobs => jobs.Where(j => j.Name == "run-retail-001")));
            Assert.True(_jobs.GetAsyncTask(Source, asyncId)!.Running);

            Thread.Sleep(60);
            _jobs.Advance();
            JobView job = Assert.Single(_jobs.ListJobs(Source, jobs => jobs.Where(j => j.Name == "run-retail-001")));
            Assert.Equal(job.Id, _jobs.GetAsyncTask(Source, asyncId)!.ObjectId);
            Assert.Equal("INIT", job.Status);
        }

        [Fact]
        public void Stats_count_creates_by_the_job_name_in_the_body()
        {
            var stats = new RequestStats();
            stats.CountBody("CreateMmsJob", Encoding.UTF8.GetBytes("{\"name\":\"run-retail-001\",\"srcDbName\":\"retail\"}"));
            stats.CountBody("CreateMmsJob", Encoding.UTF8.GetBytes("{\"srcDbName\":\"retail\",\"name\":\"run-retail-001\"}"));
            stats.CountBody("CreateMmsJob", Encoding.UTF8.GetBytes("{\"name\":\"run-retail-002\"}"));
            stats.CountBody("CreateMmsTimer", Encoding.UTF8.GetBytes("{\"name\":\"run-retail-001\"}"));
            stats.CountBody("CreateMmsJob", Encoding.UTF8.GetBytes("{\"srcDbName\":\"retail\"}"));
            stats.CountBody("CreateMmsJob", Encoding.UTF8.GetBytes("{\"name\":"));
            stats.CountBody("CreateMmsJob", Encoding.UTF8.GetBytes("[\"name\"]"));
            stats.CountBody("CreateMmsJob", Array.Empty<byte>());

            Assert.Equal(new Dictionary<string, int> { ["run-retail-001"] = 2, ["run-retail-002"] = 1 }, CreatesByJobName(stats));
            stats.Reset();
            Assert.Empty(CreatesByJobName(stats));
        }

        private static IDictionary<string, int> CreatesByJobName(RequestStats stats)
        {
            object snapshot = stats.Snapshot();
            return (IDictionary<string, int>)snapshot.GetType().GetProperty("createsByJobName")!.GetValue(snapshot)!;
        }

        private List<DemoTable> SourceTables() => _tables.Tables.Where(t => t.SourceId == Source).ToList();

        private int SeededDoing(string db) => new TableStore(new DemoDataSet()).Tables.Count(t => t.SourceId == Source && t.DbName == db && t.Status == "DOING");

        private DemoTable Table(string name) => SourceTables().Single(t => t.Name == name);

        private TaskView Task(long jobId, string table) =>
            _jobs.ListTasks(Source, tasks => tasks.Where(t => t.Job.Id == jobId && t.SrcTableName == table)).Single();

        private long CreateAndStart(string db, params string[] tables) =>
            CreateAndStart(db, new JobRequest { Name = "test_" + db, SrcDbName = db, Tables = tables });

        private long CreateAndStart(string db, JobRequest request)
        {
            long asyncId = _jobs.CreateJob(_catalog.FindSource(Source)!, request);
            Thread.Sleep(5);
            _jobs.Advance();
            AsyncTaskView created = _jobs.GetAsyncTask(Source, asyncId)!;
            Assert.False(created.Running);
            Assert.Null(_jobs.Start(Source, created.ObjectId).Code);
            return created.ObjectId;
        }

        private void RunToEnd(long jobId)
        {
            var clock = Stopwatch.StartNew();
            while (_jobs.GetJob(Source, jobId)!.Status is "DOING" or "INIT")
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the job did not end");
                Thread.Sleep(2);
                _jobs.Advance();
            }
        }
    }
}
