namespace MmsPowerShell.Emulator
{
    /// <summary>A metadata scan: SCAN_DOING until it is due, then SCAN_DONE or SCAN_FAILED. Guarded by ScanStore's lock.</summary>
    public sealed class MetadataScan
    {
        public MetadataScan(long id, long sourceId, ScanRequest request, DateTime startedAt, DateTime dueAt)
        {
            Id = id;
            SourceId = sourceId;
            Request = request;
            StartedAt = startedAt;
            DueAt = dueAt;
        }

        public long Id { get; }
        public long SourceId { get; }
        public ScanRequest Request { get; }
        public DateTime StartedAt { get; }
        public DateTime DueAt { get; }
        public string Status { get; private set; } = "SCAN_DOING";
        public string? Result { get; private set; }
        public string? ErrorMsg { get; private set; }

        public bool IsDoing => Status == "SCAN_DOING";

        public void Finish(string? result, string? errorMsg)
        {
            Status = errorMsg == null ? "SCAN_DONE" : "SCAN_FAILED";
            Result = result;
            ErrorMsg = errorMsg;
        }

        /// <summary>Progress grows with time while the scan runs (hundredths of a percent, 1 to 10000).</summary>
        public ScanView ToView(DateTime now)
        {
            double total = Math.Max(1, (DueAt - StartedAt).TotalMilliseconds);
            float progress = IsDoing ? (float)Math.Clamp(1 + 9998 * (now - StartedAt).TotalMilliseconds / total, 1, 9999) : 10000f;
            return new ScanView(Id, SourceId, Status, progress, Result, ErrorMsg, EmulatorTime.Local(StartedAt), IsDoing ? null : EmulatorTime.Local(DueAt));
        }
    }
}
