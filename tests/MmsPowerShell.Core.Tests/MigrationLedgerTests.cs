using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Migration;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Tests
{
    public sealed class MigrationLedgerTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "mms-ledger-" + Guid.NewGuid().ToString("N"));

        public MigrationLedgerTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, true);

        private string PathOf(string name) => Path.Combine(_folder, name);

        private static MmsMigrationRun SampleRun() => new MmsMigrationRun
        {
            Name = "wave",
            SourceId = 2000060,
            StartTime = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)),
            State = MmsMigrationRunState.Failed,
            Jobs = new MmsList<MmsMigrationRunJob>(new[]
            {
                new MmsMigrationRunJob { JobId = 104, Name = "wave-sales-001", DbName = "sales", DestinationProject = "mc", Tables = new MmsList<string>(new[] { "a", "b" }),
                    Status = "FAILED", Attempts = 3, Bytes = 42, TaskNum = 2, TaskDone = 1 },
                new MmsMigrationRunJob { Name = "wave-sales-002", DbName = "sales", DestinationProject = "mc", Tables = new MmsList<string>(new[] { "c" }), Status = "CREATING" },
            }),
            TablesPlanned = 3,
            TablesDone = 1,
            TablesFailed = 1,
            FailedTables = new MmsList<MmsMigrationFailedTable>(new[]
            {
                new MmsMigrationFailedTable { SourceId = 2000060, DbName = "sales", TableName = "b", JobId = 104, TaskId = 9, Status = "DATA_FAILED", Message = "boom" },
            }),
            Settings = new MmsList<MmsMigrationSetting>(new[] { new MmsMigrationSetting("TablesPerJob", "2") }),
        };

        [Fact]
        public void SavesAndLoadsTheRunAndTheNotes()
        {
            var ledger = new MmsMigrationLedger(SampleRun());
            ledger.NoteFor("wave-sales-002").CreateSentAt = new DateTimeOffset(2026, 1, 2, 3, 5, 0, TimeSpan.Zero);
            ledger.NoteFor("wave-sales-001").AttemptsBefore = 2;
            ledger.Save(PathOf("wave.json"));

            MmsMigrationLedger loaded = MmsMigrationLedger.Load(PathOf("wave.json"))!;
            MmsMigrationRun run = loaded.Run;
            Assert.Equal("wave", run.Name);
            Assert.Equal(2000060, run.SourceId);
            Assert.Equal(SampleRun().StartTime, run.StartTime);
            Assert.Equal(MmsMigrationRunState.Failed, run.State);
            Assert.Equal(new[] { "wave-sales-001", "wave-sales-002" }, run.Jobs.Select(j => j.Name));
            Assert.Equal(new[] { "a", "b" }, run.Jobs[0].Tables);
            Assert.Equal(104, run.Jobs[0].JobId);
            Assert.Equal(3, run.Jobs[0].Attempts);
            Assert.Equal(42, run.Jobs[0].Bytes);
            Assert.Equal("CREATING", run.Jobs[1].Status);
            Assert.Equal("boom", run.FailedTables.Single().Message);
            Assert.Equal("TablesPerJob=2", run.Settings.Single().ToString());
            Assert.Equal(Path.GetFullPath(PathOf("wave.json")), run.StatePath);
            Assert.Equal(2, loaded.NoteFor("wave-sales-001").AttemptsBefore);
            Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 5, 0, TimeSpan.Zero), loaded.NoteFor("wave-sales-002").CreateSentAt);
            Assert.Equal(run.Name, MmsMigrationLedger.ReadRun(PathOf("wave.json"))!.Name);
        }

        [Fact]
        public void NoFileIsNoLedger()
        {
            Assert.Null(MmsMigrationLedger.Load(PathOf("none.json")));
            Assert.Null(MmsMigrationLedger.Load(Path.Combine(_folder, "no-folder", "none.json")));
        }

        [Theory]
        [InlineData("{ not json")]
        [InlineData("{\"format\":\"something else\"}")]
        [InlineData("[]")]
        public void AFileThatIsNotALedgerIsUnreadable(string text)
        {
            File.WriteAllText(PathOf("bad.json"), text);
            var e = Assert.Throws<MmsConfigurationException>(() => MmsMigrationLedger.Load(PathOf("bad.json")));
            Assert.Same(MmsErrorIds.MigrationLedgerUnreadable, e.ErrorId);
        }

        [Fact]
        public void RewritesAtomicallyAndLeavesNoTemporaryFiles()
        {
            var ledger = new MmsMigrationLedger(SampleRun());
            ledger.Save(PathOf("wave.json"));
            // Held open for reading while rewritten: a reader sees the old ledger whole, then the new one whole.
            using (var reader = new FileStream(PathOf("wave.json"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                ledger.Run.State = MmsMigrationRunState.Done;
                ledger.Save(PathOf("wave.json"));
                Assert.Contains("\"state\":\"Failed\"", new StreamReader(reader).ReadToEnd());
            }
            Assert.Equal(MmsMigrationRunState.Done, MmsMigrationLedger.Load(PathOf("wave.json"))!.Run.State);
            Assert.Equal(new[] { "wave.json" }, Directory.GetFiles(_folder).Select(Path.GetFileName));
        }
    }

    public sealed class MigrationLockTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "mms-lock-" + Guid.NewGuid().ToString("N"));

        public MigrationLockTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, true);

        [Fact]
        public void OneHolderAtATimeAndTheNextOneAfterRelease()
        {
            string state = Path.Combine(_folder, "run.json");
            using (MmsMigrationLock? first = MmsMigrationLock.TryAcquire(state))
            {
                Assert.NotNull(first);
                Assert.Equal(state + ".lock", first!.Path);
                Assert.Null(MmsMigrationLock.TryAcquire(state));
            }
            using (MmsMigrationLock? again = MmsMigrationLock.TryAcquire(state))
            {
                Assert.NotNull(again);
            }
        }

        [Fact]
        public void ALockFileLeftBehindBlocksNothing()
        {
            // What a process killed by SIGKILL leaves: the file, without an open handle.
            string state = Path.Combine(_folder, "run.json");
            File.WriteAllText(state + ".lock", "12345");
            using (MmsMigrationLock? held = MmsMigrationLock.TryAcquire(state))
            {
                Assert.NotNull(held);
            }
        }
    }
}
