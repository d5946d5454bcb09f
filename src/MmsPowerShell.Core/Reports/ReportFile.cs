using System.IO;
using System.Text;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// Writes a file whole or not at all: the content goes to a temporary file in the same folder (so the last step is
    /// a rename on one volume), is flushed to disk, and only then takes the final name. A failure or a killed process
    /// leaves the old file, or no file, never half a page.
    /// </summary>
    public static class ReportFile
    {
        /// <summary>UTF-8 without a byte order mark: what browsers and mail clients expect of a page with a charset meta tag.</summary>
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> (a full file system path).</summary>
        /// <param name="overwrite">Replace an existing file; without it an existing file is an IOException and is left alone.</param>
        public static void Write(string path, string content, bool overwrite)
        {
            string folder = Path.GetDirectoryName(path) ?? throw new ArgumentException("The path has no folder: " + path, nameof(path));
            string temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    byte[] bytes = Utf8.GetBytes(content);
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }
                Move(temporary, path, overwrite);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        private static void Move(string temporary, string path, bool overwrite)
        {
#if NET8_0_OR_GREATER
            File.Move(temporary, path, overwrite);
#else
            if (overwrite && File.Exists(path))
            {
                // Replace swaps the names in one step; a plain Move cannot overwrite on .NET Framework.
                File.Replace(temporary, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, path);
            }
#endif
        }
    }
}
