using System.IO;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// Warns when a file that holds credentials can be read or written by other users, as the aliyun CLI and ssh
    /// do. Only a warning: refusing would break set-ups that protect the folder instead of the file.
    /// </summary>
    public static class CredentialFilePermissions
    {
        /// <summary>The warning for <paramref name="path"/>, or null when only its owner can use it (or modes do not apply).</summary>
        public static string? Warning(string path)
        {
#if NET
            if (OperatingSystem.IsWindows())
            {
                return null;
            }
            const UnixFileMode OthersAccess = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
            UnixFileMode mode;
            try
            {
                mode = File.GetUnixFileMode(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
            return (mode & OthersAccess) == 0
                ? null
                : "'" + path + "' holds credentials and other users can read or change it (mode " + Convert.ToString((int)mode, 8) +
                  "); restrict it with: chmod 600 '" + path + "'";
#else
            // The netstandard2.0 build serves Windows PowerShell 5.1, on Windows, where ACLs rather than mode bits protect the file.
            _ = path;
            return null;
#endif
        }
    }
}
