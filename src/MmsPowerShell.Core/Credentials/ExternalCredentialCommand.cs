using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>
    /// Runs an External profile's process_command and returns what it printed. Errors never quote its output or
    /// its error stream: both can hold the very credentials the command exists to hand out.
    /// </summary>
    internal static class ExternalCredentialCommand
    {
        /// <summary>Long enough for a command that signs in through a vault or SSO helper; short enough that a hung one does not stall a runbook for ever.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

        /// <param name="where">Which profile the command belongs to, for errors.</param>
        public static string Run(string command, string where, TimeSpan timeout)
        {
            Process process;
            try
            {
                process = Process.Start(StartInfo(command)) ?? throw new InvalidOperationException("no process was started");
            }
            catch (Exception e) when (e is Win32Exception || e is InvalidOperationException || e is PlatformNotSupportedException)
            {
                throw Failed(where, "could not be started: " + e.Message, e);
            }
            using (process)
            {
                // A command that prompts gets end-of-input instead of waiting on the PowerShell host's console.
                process.StandardInput.Close();
                // Both streams are drained at once, or a command that writes a lot to one blocks on it.
                Task<string> output = process.StandardOutput.ReadToEndAsync();
                Task<string> errors = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit((int)timeout.TotalMilliseconds))
                {
                    Kill(process);
                    throw Failed(where, "did not finish within " + timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s and was stopped");
                }
                Task.WaitAll(output, errors);
                if (process.ExitCode != 0)
                {
                    throw Failed(where, "exited with code " + process.ExitCode.ToString(CultureInfo.InvariantCulture) +
                        " (its output is not shown because it may hold secrets; run the command yourself to see it)");
                }
                return output.Result;
            }
        }

        internal static MmsConfigurationException Failed(string where, string why, Exception? inner = null) =>
            new MmsConfigurationException(MmsErrorIds.ExternalCredentialsFailed, "The process_command of " + where + " " + why + ".", inner);

        /// <summary>
        /// Through the platform shell, so the command runs as the user would type it (quotes, pipes, variables),
        /// the way the aliyun CLI users test it at a prompt.
        /// </summary>
        private static ProcessStartInfo StartInfo(string command)
        {
            ProcessStartInfo info;
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                // /s: cmd strips only the outer quotes and keeps the rest verbatim.
                info = new ProcessStartInfo("cmd.exe", "/d /s /c \"" + command + "\"");
            }
            else
            {
#if NET8_0_OR_GREATER
                info = new ProcessStartInfo("/bin/sh");
                info.ArgumentList.Add("-c");
                info.ArgumentList.Add(command);
#else
                // The netstandard2.0 build serves Windows PowerShell 5.1, which runs only on Windows.
                throw new PlatformNotSupportedException("External profiles need Windows or PowerShell 7.");
#endif
            }
            info.UseShellExecute = false;
            info.RedirectStandardOutput = true;
            info.RedirectStandardError = true;
            info.RedirectStandardInput = true;
            info.CreateNoWindow = true;
            return info;
        }

        private static void Kill(Process process)
        {
            try
            {
#if NET8_0_OR_GREATER
                process.Kill(entireProcessTree: true);
#else
                process.Kill();
#endif
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill: nothing left to stop.
            }
        }
    }
}
