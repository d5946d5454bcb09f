namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// The jobs source 2000028 ("demo") has before anything runs, consistent with its tables' statuses:
    /// job 101 sales_orders_full (DONE: sales.orders, verified), job 102 logs_nightly (FAILED: logs.access_log
    /// failed at DATA_DOING with a Hive error; a retry recovers it) and job 103 mms_test_full (INIT: the whole
    /// mms_test database, never started). Each names its dstDbName, as New-MmsJob always does. New jobs get ids from 104 on.
    /// </summary>
    public static class DemoJobs
    {
        public const long FirstJobId = 101;

        public static IEnumerable<MigrationJob> Build(DemoCatalog catalog, TableStore tables, IdSequence jobIds, IdSequence taskIds, IdSequence logIds)
        {
            DemoDataSource demo = catalog.FindSource(DemoDataSet.ExampleSourceId) ?? throw new InvalidOperationException("The demo source is missing.");

            var done = Job(catalog, tables, demo, jobIds, taskIds, "2024-12-17 10:00:00", new JobRequest
            {
                Name = "sales_orders_full", SrcDbName = "sales", DstDbName = "mma_sales", Tables = new[] { "orders" }, TaskType = "HIVE", EnableVerification = true,
            });
            Replay(done, tables, logIds, "2024-12-17 10:05:00", TimeSpan.FromMinutes(9), failAtData: null);

            var failed = Job(catalog, tables, demo, jobIds, taskIds, "2024-12-18 01:00:00", new JobRequest
            {
                Name = "logs_nightly", SrcDbName = "logs", DstDbName = "mma_logs", Tables = new[] { "access_log" }, TaskType = "HIVE",
                PartitionFilters = new Dictionary<string, string> { ["access_log"] = "dt >= '20241201'" },
            });
            Replay(failed, tables, logIds, "2024-12-18 01:00:30", TimeSpan.FromMinutes(4), failAtData: table =>
                "FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.mr.MapRedTask. " +
                "Container killed by YARN for exceeding memory limits: 8.2 GB of 8 GB physical memory used " +
                "(partition dt=20241207/hh=13 of " + table.DbName + "." + table.Name + "); raise mapreduce.map.memory.mb or split the partition filter.");

            var init = Job(catalog, tables, demo, jobIds, taskIds, "2024-12-19 09:30:00", new JobRequest
            {
                Name = "mms_test_full", SrcDbName = "mms_test", DstDbName = "mma_mms_test", TaskType = "HIVE",
            });
            return new[] { done, failed, init };
        }

        private static MigrationJob Job(DemoCatalog catalog, TableStore tables, DemoDataSource demo, IdSequence jobIds, IdSequence taskIds, string createTime, JobRequest request)
        {
            JobScope scope = JobScope.Resolve(catalog, tables, demo.Id, request, out string? error) ?? throw new InvalidOperationException(error);
            var job = new MigrationJob(jobIds.Next(), request.Name!, demo, scope, request, createTime, null);
            job.Tasks.AddRange(scope.Tables.Select(t => new MigrationTask(taskIds.Next(), job, t, createTime)));
            return job;
        }

        /// <summary>Runs the job's tasks to their end at past times, writing the logs a real run would have.</summary>
        private static void Replay(MigrationJob job, TableStore tables, IdSequence logIds, string startTime, TimeSpan step, Func<DemoTable, string>? failAtData)
        {
            job.Started = true;
            foreach (MigrationTask task in job.Tasks)
            {
                DemoTable table = tables.Find(job.SourceId, task.TableId)!;
                DateTime at = EmulatorTime.Parse(startTime);
                while (!task.IsFinished)
                {
                    string next = TaskSteps.Next(job.Plan, task.Status);
                    if (next == TaskSteps.DataDone && failAtData != null)
                    {
                        task.Enter(TaskSteps.DataFailed, at, logIds.Next(), "copy data", failAtData(table));
                        break;
                    }
                    var (action, msg) = TaskSteps.Describe(next, task, table);
                    task.Enter(next, at, logIds.Next(), action, msg);
                    at += step;
                }
            }
        }
    }
}
