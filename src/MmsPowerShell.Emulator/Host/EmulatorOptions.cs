namespace MmsPowerShell.Emulator
{
    /// <summary>The emulator's command line.</summary>
    public sealed class EmulatorOptions
    {
        public int Port { get; private set; }
        public string AccessKeyId { get; private set; } = "MmsEmulatorAccessKeyId";
        public string AccessKeySecret { get; private set; } = "MmsEmulatorAccessKeySecret";
        public string StsAccessKeyId { get; private set; } = "STS.MmsEmulatorStsKeyId";
        public string StsAccessKeySecret { get; private set; } = "MmsEmulatorStsKeySecret";
        public string SecurityToken { get; private set; } = "MmsEmulatorSecurityToken";
        public int LatencyMs { get; private set; }
        public int? ParentPid { get; private set; }

        /// <summary>Initial EmulatorSettings.JobStep: fast enough for tests, slow enough to see DOING.</summary>
        public int JobStepMs { get; private set; } = 100;
        public int AsyncTaskMs { get; private set; } = 300;
        public int ScanMs { get; private set; } = 300;

        /// <summary>Shifts the emulator's clock, so a client appears to have a skewed clock.</summary>
        public int ClockSkewSeconds { get; private set; }

        public const string Usage =
            "usage: MmsPowerShell.Emulator [--port N] [--access-key-id ID] [--access-key-secret S] " +
            "[--sts-access-key-id ID] [--sts-access-key-secret S] [--security-token T] [--latency-ms N] [--clock-skew-seconds N] [--parent-pid PID] " +
            "[--job-step-ms N] [--async-task-ms N] [--scan-ms N]";

        public static EmulatorOptions Parse(string[] args)
        {
            var options = new EmulatorOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException("missing value for " + name);
                }
                string value = args[++i];
                switch (name)
                {
                    case "--port": options.Port = Number(name, value, 0, 65535); break;
                    case "--access-key-id": options.AccessKeyId = value; break;
                    case "--access-key-secret": options.AccessKeySecret = value; break;
                    case "--sts-access-key-id": options.StsAccessKeyId = value; break;
                    case "--sts-access-key-secret": options.StsAccessKeySecret = value; break;
                    case "--security-token": options.SecurityToken = value; break;
                    case "--latency-ms": options.LatencyMs = Number(name, value, 0, 600000); break;
                    case "--clock-skew-seconds": options.ClockSkewSeconds = SignedNumber(name, value); break;
                    case "--parent-pid": options.ParentPid = Number(name, value, 1, int.MaxValue); break;
                    case "--job-step-ms": options.JobStepMs = Number(name, value, 1, EmulatorSettings.MaxMs); break;
                    case "--async-task-ms": options.AsyncTaskMs = Number(name, value, 1, EmulatorSettings.MaxMs); break;
                    case "--scan-ms": options.ScanMs = Number(name, value, 1, EmulatorSettings.MaxMs); break;
                    default: throw new ArgumentException("unknown option " + name);
                }
            }
            return options;
        }

        private static int SignedNumber(string name, string value)
        {
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
            {
                throw new ArgumentException(name + " needs a whole number of seconds, not '" + value + "'");
            }
            return number;
        }

        private static int Number(string name, string value, int min, int max)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < min || number > max)
            {
                throw new ArgumentException(name + " needs a number from " + min + " to " + max + ", not '" + value + "'");
            }
            return number;
        }
    }
}
