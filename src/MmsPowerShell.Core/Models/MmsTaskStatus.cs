namespace MmsPowerShell.Core.Models
{
    /// <summary>The task states the service documents (job-operations.md 4.2), for completion and validation.</summary>
    public static class MmsTaskStatus
    {
        public const string Init = "INIT";
        public const string SchemaDoing = "SCHEMA_DOING";
        public const string SchemaDone = "SCHEMA_DONE";
        public const string SchemaFailed = "SCHEMA_FAILED";
        public const string DataDoing = "DATA_DOING";
        public const string DataDone = "DATA_DONE";
        public const string DataFailed = "DATA_FAILED";
        public const string VerificationDoing = "VERIFICATION_DOING";
        public const string VerificationDone = "VERIFICATION_DONE";
        public const string VerificationFailed = "VERIFICATION_FAILED";
        public const string Done = "DONE";

        /// <summary>SCHEMA_FAILED, DATA_FAILED or VERIFICATION_FAILED (and any *_FAILED state newer than this module).</summary>
        public static bool IsFailed(string? status) => status != null && status.EndsWith("_FAILED", System.StringComparison.Ordinal);
    }
}
