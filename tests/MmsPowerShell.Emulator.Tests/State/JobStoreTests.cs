namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>Jobs, their tasks and the asynchronous tasks that create them, as simulated time moves them on.</summary>
    public class JobStoreTests
    {
        private const long Source = EmulatorState.DemoSourceId;

        [Fact]
        public void The_demo_source_starts_with_a_done_a_failed_and_a_new_job()
        {
            var state = new EmulatorState();

            var jobs = state.Jobs.ListJobs(Source, all => all);

            Assert.Equal(new[] { "101:DONE", "102:FAILED", "103:INIT" }, jobs.Select(j => j.Id + ":" + j.Status));
            Assert.Equal("DATA_FAILED", state.Jobs.GetTask(Source, 1002)!.Status);
            Assert.Contains("exceeding memory limits", state.Jobs.TaskLogs(Source, 1002)!.Last().Msg);
            Assert.Empty(state.Jobs.ListJobs(2000031, all => all));
        }

        [Fact]
        public void A_job_is_created_by_an_async_task_when_it_is_due()
        {
            var state = new EmulatorState("--async-task-ms", "1");

            long taskId = state.Jobs.CreateJob(state.DemoSource, new JobRequest { Name = "orders_again", SrcDbName = "sales", Tables = new[] { "customers" } });
            Assert.True(state.Jobs.GetAsyncTask(Source, taskId)!.Running);
            state.AdvancePastDue();

            AsyncTaskView task = state.Jobs.GetAsyncTask(Source, taskId)!;
            Assert.False(task.Running);
            Assert.Equal("DONE", task.Status);
            JobView job = state.Jobs.GetJob(Source, task.ObjectId)!;
            Assert.Equal(("orders_again", "INIT", 1), (job.Name, job.Status, job.TaskNum));
            Assert.Null(state.Jobs.GetAsyncTask(2000031, taskId));
        }

        [Fact]
        public void An_async_task_for_a_table_that_does_not_exist_fails_saying_so()
        {
            var state = new EmulatorState("--async-task-ms", "1");
            int before = state.Jobs.ListJobs(Source, all => all).Count;

            long taskId = state.Jobs.CreateJob(state.DemoSource, new JobRequest { Name = "x", SrcDbName = "sales", Tables = new[] { "nope" } });
            state.AdvancePastDue();

            AsyncTaskView task = state.Jobs.GetAsyncTask(Source, taskId)!;
            Assert.Equal("FAILED", task.Status);
            Assert.Contains("Table nope not found", task.ErrorMsg);
            Assert.Equal(before, state.Jobs.ListJobs(Source, all => all).Count);
        }

        [Fact]
        public void A_started_job_runs_to_done_and_its_table_follows()
        {
            var state = new EmulatorState("--job-step-ms", "1");

            Assert.Null(state.Jobs.Start(Source, 103).Code);
            Assert.Equal("DOING", state.Jobs.GetJob(Source, 103)!.Status);
            for (int i = 0; i < 100 && state.Jobs.GetJob(Source, 103)!.Status != "DONE"; i++)
            {
                state.AdvanceAfter(TimeSpan.FromMilliseconds(10));
            }

            JobView job = state.Jobs.GetJob(Source, 103)!;
            Assert.Equal("DONE", job.Status);
            Assert.Equal(job.TaskNum, job.TaskDone);
            var tasks = state.Jobs.ListTasks(Source, all => TaskFilter.Apply(all, EmulatorState.Query("jobId=103")));
            Assert.Equal(3, tasks.Count);
            Assert.All(tasks, t => Assert.Equal("DONE", t.Status));
            Assert.All(tasks, t => Assert.Equal("DONE", state.Tables.Find(Source, t.TableId)!.Status));
        }

        [Fact]
        public void A_finished_job_cannot_be_started_again_and_a_missing_one_is_missing()
        {
            var state = new EmulatorState();

            Outcome done = state.Jobs.Start(Source, 101);
            Outcome failed = state.Jobs.Start(Source, 102);

            Assert.Equal("InvalidJobStatus", done.Code);
            Assert.Equal("InvalidJobStatus", failed.Code);
            Assert.Contains("RetryMmsJob", failed.Message);
            Assert.NotNull(state.Jobs.Start(Source, 999).MissingMessage);
            Assert.NotNull(state.Jobs.Start(2000031, 101).MissingMessage);
        }

        [Fact]
        public void A_deleted_job_and_its_tasks_are_gone()
        {
            var state = new EmulatorState();

            Assert.Equal(102, state.Jobs.Delete(Source, 102).Value);

            Assert.Null(state.Jobs.GetJob(Source, 102));
            Assert.Null(state.Jobs.GetTask(Source, 1002));
            Assert.NotNull(state.Jobs.Delete(Source, 102).MissingMessage);
        }
    }
}
