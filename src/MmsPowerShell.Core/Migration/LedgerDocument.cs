using System.Text.Json.Serialization;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>The ledger file as JSON: the run and, per job, what only the run itself knows (when it sent a create).</summary>
    internal sealed class LedgerDocument
    {
        /// <summary>
        /// Which ledger layout this is; a reader refuses a layout it does not know. No default: a JSON file without the
        /// marker must read as "not a ledger", never as an empty run.
        /// </summary>
        public string? Format { get; set; }

        public string Name { get; set; } = "";

        public long SourceId { get; set; }

        public DateTimeOffset? StartTime { get; set; }

        public DateTimeOffset? EndTime { get; set; }

        public string State { get; set; } = "";

        public Dictionary<string, string>? Settings { get; set; }

        public List<LedgerJob> Jobs { get; set; } = new List<LedgerJob>();

        public int TablesPlanned { get; set; }

        public int TablesDone { get; set; }

        public int TablesFailed { get; set; }

        public long BytesPlanned { get; set; }

        public long BytesDone { get; set; }

        public List<LedgerFailedTable>? FailedTables { get; set; }
    }

    internal sealed class LedgerJob
    {
        public string Name { get; set; } = "";

        public string DbName { get; set; } = "";

        public string DestinationProject { get; set; } = "";

        public List<string> Tables { get; set; } = new List<string>();

        public long Bytes { get; set; }

        public long JobId { get; set; }

        public string Status { get; set; } = "";

        public int Attempts { get; set; }

        /// <summary>Attempts when the current round of -MaxAttempts began (a run that ended gives failed jobs a fresh round).</summary>
        public int AttemptsBefore { get; set; }

        public int TaskNum { get; set; }

        public int TaskDone { get; set; }

        public DateTimeOffset? StartTime { get; set; }

        public DateTimeOffset? EndTime { get; set; }

        /// <summary>When CreateMmsJob was sent (Status CREATING): how long a rerun keeps looking the job up by name.</summary>
        public DateTimeOffset? CreateSentAt { get; set; }

        /// <summary>The asynchronous task creating the job, when its answer came.</summary>
        public long AsyncTaskId { get; set; }
    }

    internal sealed class LedgerFailedTable
    {
        public string DbName { get; set; } = "";

        public string TableName { get; set; } = "";

        public long JobId { get; set; }

        public long TaskId { get; set; }

        public string Status { get; set; } = "";

        public string? Message { get; set; }
    }

    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(LedgerDocument))]
    internal sealed partial class LedgerJsonContext : JsonSerializerContext
    {
    }
}
