namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>Timers: created only with a valid schedule and scope, changed, run on demand (a started job), deleted.</summary>
    public class TimerStoreTests
    {
        private const long Source = EmulatorState.DemoSourceId;

        private static TimerRequest Nightly(string value = "02:30", string db = "logs") =>
            new TimerRequest { Name = "nightly", SrcDbName = db, ScheduleType = "Daily", Value = value };

        [Theory]
        [InlineData("Daily", "25:00")]
        [InlineData("Daily", "2:30")]
        [InlineData("Hourly", "60")]
        [InlineData("Weekly", "1")]
        [InlineData(null, "02:30")]
        public void A_bad_schedule_is_refused_and_nothing_is_created(string? scheduleType, string value)
        {
            var state = new EmulatorState();

            Outcome outcome = state.Timers.Create(Source, new TimerRequest { Name = "x", SrcDbName = "logs", ScheduleType = scheduleType, Value = value });

            Assert.Equal("InvalidParameter", outcome.Code);
            Assert.Empty(state.Timers.List(Source, timers => timers));
        }

        [Fact]
        public void A_timer_on_a_database_the_source_does_not_have_is_refused()
        {
            var state = new EmulatorState();

            Outcome outcome = state.Timers.Create(Source, Nightly(db: "nope"));

            Assert.Equal("InvalidParameter", outcome.Code);
            Assert.Contains("nope", outcome.Message);
        }

        [Fact]
        public void A_created_timer_is_read_back_with_its_schedule_and_a_creation_log()
        {
            var state = new EmulatorState();

            Outcome outcome = state.Timers.Create(Source, Nightly());

            Assert.Null(outcome.Code);
            Assert.Equal(7001, outcome.Value);
            TimerView timer = state.Timers.Get(Source, 7001)!;
            Assert.Equal(("nightly", "logs", "Daily", "02:30", false), (timer.Name, timer.SrcDbName, timer.ScheduleType, timer.Value, timer.Stopped));
            Assert.Equal("create timer", Assert.Single(state.Timers.Logs(Source, 7001)!).Action);
            Assert.Null(state.Timers.Get(2000031, 7001));
            Assert.Empty(state.Timers.List(2000031, timers => timers));
        }

        [Fact]
        public void An_update_checks_the_value_against_the_new_schedule_and_can_stop_the_timer()
        {
            var state = new EmulatorState();
            long id = state.Timers.Create(Source, Nightly()).Value;

            Outcome refused = state.Timers.Update(Source, id, new TimerUpdate { ScheduleType = "Hourly" });
            Assert.Equal("InvalidParameter", refused.Code);
            Assert.Equal("Daily", state.Timers.Get(Source, id)!.ScheduleType);

            Outcome changed = state.Timers.Update(Source, id, new TimerUpdate { ScheduleType = "Hourly", Value = "15", Stopped = true });
            Assert.Null(changed.Code);
            TimerView timer = state.Timers.Get(Source, id)!;
            Assert.Equal(("Hourly", "15", true), (timer.ScheduleType, timer.Value, timer.Stopped));
            Assert.Equal("STOPPED", state.Timers.Logs(Source, id)!.Last().Status);
        }

        [Fact]
        public void A_trigger_starts_a_job_named_for_the_run_even_when_the_timer_is_stopped()
        {
            var state = new EmulatorState();
            long id = state.Timers.Create(Source, Nightly()).Value;
            state.Timers.Update(Source, id, new TimerUpdate { Stopped = true });

            Assert.Equal(id, state.Timers.Trigger(state.DemoSource, id).Value);
            Assert.Equal(id, state.Timers.Trigger(state.DemoSource, id).Value);

            var jobs = state.Jobs.ListJobs(Source, all => JobFilter.Apply(all, EmulatorState.Query("timerId=" + id)));
            Assert.Equal(new[] { "nightly_run1", "nightly_run2" }, jobs.Select(j => j.Name));
            Assert.All(jobs, j => Assert.Equal("DOING", j.Status));
            Assert.Equal("start job", state.Timers.Logs(Source, id)!.Last().Action);
        }

        [Fact]
        public void A_timer_of_another_source_or_one_deleted_is_missing()
        {
            var state = new EmulatorState();
            long id = state.Timers.Create(Source, Nightly()).Value;

            Assert.NotNull(state.Timers.Update(2000031, id, new TimerUpdate { Stopped = true }).MissingMessage);
            Assert.Null(state.Timers.Delete(Source, id).MissingMessage);
            Assert.NotNull(state.Timers.Delete(Source, id).MissingMessage);
            Assert.Null(state.Timers.Get(Source, id));
            Assert.Null(state.Timers.Logs(Source, id));
            Assert.NotNull(state.Timers.Trigger(state.DemoSource, id).MissingMessage);
        }
    }
}
