namespace MmsPowerShell.Emulator
{
    /// <summary>How an asynchronous task ended: FAILED when ErrorMsg is set.</summary>
    public sealed record AsyncOutcome(long ObjectId, string? Result, string? ErrorMsg)
    {
        public static AsyncOutcome Failed(string errorMsg) => new AsyncOutcome(0, null, errorMsg);
    }
}
