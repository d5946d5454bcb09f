using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// -WhatIf and -Confirm for state changes. Their lines quote names and values the user gave (typed, or read from
    /// a CSV file: a name with ESC or CR, a -Config value with a newline that forges a "WARNING:" line) and text the
    /// service sent, so both go through the one sanitizer before PowerShell prints them.
    /// </summary>
    internal static class Confirmation
    {
        public static bool ShouldChange(this Cmdlet cmdlet, string target, string action) =>
            cmdlet.ShouldProcess(ServiceText.Sanitize(target), ServiceText.Sanitize(action));
    }
}
