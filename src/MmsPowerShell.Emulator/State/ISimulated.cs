namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// Simulated work that moves on with time (migrations, async tasks, scans). It is computed lazily: every API
    /// request first brings it up to now, so answers are deterministic and no background thread races a test.
    /// </summary>
    public interface ISimulated
    {
        void Advance();
    }
}
