namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>The service's words for a missing object of a source, kind by kind (the 404's errorMsg).</summary>
    public class NotFoundMessageTests
    {
        public static TheoryData<ObjectKind, string> Kinds => new TheoryData<ObjectKind, string>
        {
            { ObjectKind.Table, "Table not found: source 2000028 table 7" },
            { ObjectKind.Partition, "Partition not found: source 2000028 partition 7" },
            { ObjectKind.Database, "Database not found: source 2000028 db 7" },
            { ObjectKind.Scan, "Scan not found: source 2000028 scan 7" },
            { ObjectKind.Job, "Job not found: source 2000028 job 7" },
            { ObjectKind.Task, "Task not found: source 2000028 task 7" },
            { ObjectKind.AsyncTask, "Async task not found: source 2000028 task 7" },
            { ObjectKind.Timer, "Timer not found: source 2000028 timer 7" },
        };

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Each_kind_is_named_as_the_service_names_it(ObjectKind kind, string expected) =>
            Assert.Equal(expected, kind.NotFound(2000028, 7));

        [Fact]
        public void A_missing_object_of_a_store_carries_the_same_words()
        {
            var state = new EmulatorState();
            Assert.Equal("Job not found: source 2000028 job 999", state.Jobs.Start(EmulatorState.DemoSourceId, 999).MissingMessage);
            Assert.Equal("Timer not found: source 2000028 timer 999", state.Timers.Delete(EmulatorState.DemoSourceId, 999).MissingMessage);
        }
    }
}
