using System.Net;
using System.Security;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Lets a SecureString parameter take plain text too, so scripts that pass a string keep working, while the
    /// bound value (what $Error's invocation info and transcripts record) is a SecureString, never the secret.
    /// </summary>
    public sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is string text ? new NetworkCredential(string.Empty, text).SecurePassword : value;
        }

        /// <summary>The plain text, for the one place that signs with it.</summary>
        internal static string? Reveal(SecureString? secure) => secure == null ? null : new NetworkCredential(string.Empty, secure).Password;
    }
}
