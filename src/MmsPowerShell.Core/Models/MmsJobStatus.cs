namespace MmsPowerShell.Core.Models
{
    /// <summary>The job states the service documents. Kept as strings on the objects, so newer values pass through.</summary>
    public static class MmsJobStatus
    {
        public const string Init = "INIT";
        public const string Doing = "DOING";
        public const string Done = "DONE";
        public const string Failed = "FAILED";

        /// <summary>Not a status the service sends: <see cref="MmsJob.State"/> of a job stopped before it ended.</summary>
        public const string Stopped = "STOPPED";

        /// <summary>Not a status the service sends: <see cref="MmsJob.State"/> of a running job asked to stop (Stop-MmsJob) that has not yet.</summary>
        public const string Stopping = "STOPPING";

        /// <summary>Not a status the service sends: <see cref="MmsJob.State"/> of a FAILED job whose failed tables later jobs migrated since.</summary>
        public const string Superseded = "SUPERSEDED";

        /// <summary>
        /// A status this module knows what to do with. Any other (a state added to the service later, e.g. PAUSED) is
        /// told to the user at once: a wait for DONE or FAILED may never see one.
        /// </summary>
        public static bool IsKnown(string? status) =>
            string.Equals(status, Init, StringComparison.OrdinalIgnoreCase) || string.Equals(status, Doing, StringComparison.OrdinalIgnoreCase) ||
            IsFinished(status);

        public static bool IsFinished(string? status) =>
            string.Equals(status, Done, StringComparison.OrdinalIgnoreCase) || string.Equals(status, Failed, StringComparison.OrdinalIgnoreCase);
    }
}
