using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Migration;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>Files at -StatePath that are not this module's ledger: each is refused with what it is, never read as an empty run.</summary>
    public sealed class MigrationLedgerReadingTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "mms-ledger-read-" + Guid.NewGuid().ToString("N"));

        public MigrationLedgerReadingTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, true);

        private MmsConfigurationException Refused(byte[] content)
        {
            string path = Path.Combine(_folder, "run.mmsmigration.json");
            File.WriteAllBytes(path, content);
            var e = Assert.Throws<MmsConfigurationException>(() => MmsMigrationLedger.Load(path));
            Assert.Same(MmsErrorIds.MigrationLedgerUnreadable, e.ErrorId);
            Assert.Contains(path, e.Message);
            Assert.Contains("Move the file away", e.RecommendedAction);
            return e;
        }

        private MmsConfigurationException Refused(string text) => Refused(Encoding.UTF8.GetBytes(text));

        [Theory]
        [InlineData("{}")]
        [InlineData("{\"name\":\"wave\",\"sourceId\":2000060,\"jobs\":[]}")]
        [InlineData("{\"Name\":\"wave\",\"Jobs\":[{\"name\":\"wave-sales-001\",\"jobId\":104}]}")]
        [InlineData("null")]
        public void JsonWithoutTheFormatMarkerIsNotALedger(string text)
        {
            MmsConfigurationException e = Refused(text);
            Assert.Contains("no \"format\" marker", e.Message);
            Assert.Contains(MmsMigrationLedger.FormatName, e.Message);
        }

        [Theory]
        [InlineData("MmsMigrationLedger/2")]
        [InlineData("")]
        [InlineData("mmsmigrationledger/1")]
        public void AnotherFormatIsNamedAndRefused(string format)
        {
            MmsConfigurationException e = Refused("{\"format\":\"" + format + "\",\"name\":\"wave\",\"sourceId\":2000060,\"jobs\":[]}");
            Assert.Contains("its format is '" + format + "'", e.Message);
        }

        [Fact]
        public void AHostileFormatMarkerReachesTheMessageCleanedAndCut()
        {
            string hostile = "\u001b]0;owned\u0007" + new string('x', 500);
            MmsConfigurationException e = Refused("{\"format\":\"" + hostile.Replace("\u001b", "\\u001b").Replace("\u0007", "\\u0007") + "\"}");
            // By char, not by string: a culture-aware substring search ignores control characters.
            Assert.Equal(-1, e.Message.IndexOf('\u001b'));
            Assert.Equal(-1, e.Message.IndexOf('\u0007'));
            Assert.DoesNotContain(new string('x', 100), e.Message);
        }

        [Fact]
        public void ATruncatedLedgerIsNotValidJson()
        {
            string path = Path.Combine(_folder, "whole.json");
            var run = new MmsMigrationRun { Name = "wave", SourceId = 2000060, State = MmsMigrationRunState.Running };
            run.Jobs = new MmsList<MmsMigrationRunJob>(new[]
            {
                new MmsMigrationRunJob { Name = "wave-sales-001", DbName = "sales", DestinationProject = "mc", JobId = 104, Status = "DOING", Attempts = 1,
                    Tables = new MmsList<string>(new[] { "a", "b", "c" }) },
            });
            new MmsMigrationLedger(run).Save(path);
            byte[] whole = File.ReadAllBytes(path);
            Assert.NotNull(MmsMigrationLedger.Load(path));

            foreach (int length in new[] { 0, 1, whole.Length / 2, whole.Length - 1 })
            {
                MmsConfigurationException e = Refused(whole.AsSpan(0, length).ToArray());
                Assert.Contains("not valid JSON", e.Message);
            }
        }

        [Fact]
        public void GarbageIsNotValidJson()
        {
            var random = new Random(7);
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            bytes[0] = 0xFF;
            Assert.Contains("not valid JSON", Refused(bytes).Message);
            Assert.Contains("not valid JSON", Refused("format: MmsMigrationLedger/1").Message);
        }

        [Fact]
        public void FieldsOfTheWrongTypeAreNotALedger()
        {
            Assert.Contains("not valid JSON", Refused("{\"format\":\"MmsMigrationLedger/1\",\"jobs\":5}").Message);
            Assert.Contains("not valid JSON", Refused("{\"format\":7}").Message);
        }

        [Fact]
        public void WhatTheRunWritesCarriesTheMarker()
        {
            string path = Path.Combine(_folder, "written.json");
            new MmsMigrationLedger(new MmsMigrationRun { Name = "wave", SourceId = 1 }).Save(path);
            Assert.StartsWith("{\"format\":\"" + MmsMigrationLedger.FormatName + "\"", File.ReadAllText(path));
            Assert.Equal("wave", MmsMigrationLedger.Load(path)!.Run.Name);
        }
    }
}
