using System.IO;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// One run per ledger at a time: &lt;StatePath&gt;.lock opened exclusively (FileShare.None; on Linux and macOS .NET
    /// takes an flock on it) and held for the whole run. The operating system drops it with the process, so a run
    /// killed by SIGKILL or a reboot never blocks the next one, as a PID file would. The file itself stays (empty):
    /// deleting it would let two processes lock two different files of the same name.
    /// </summary>
    public sealed class MmsMigrationLock : IDisposable
    {
        private readonly FileStream _stream;

        private MmsMigrationLock(FileStream stream, string path)
        {
            _stream = stream;
            Path = path;
        }

        /// <summary>The lock file.</summary>
        public string Path { get; }

        public static string PathFor(string statePath) => System.IO.Path.GetFullPath(statePath) + ".lock";

        /// <summary>Takes the lock of the ledger at <paramref name="statePath"/>; null when another holder has it.</summary>
        public static MmsMigrationLock? TryAcquire(string statePath)
        {
            string path = PathFor(statePath);
            string? folder = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
            try
            {
                return new MmsMigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None), path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // A sharing violation (Windows) or a held flock (Unix): the run goes on elsewhere.
                return null;
            }
        }

        public void Dispose() => _stream.Dispose();
    }
}
