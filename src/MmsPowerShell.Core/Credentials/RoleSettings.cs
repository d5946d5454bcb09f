namespace MmsPowerShell.Core.Credentials
{
    /// <summary>What STS needs to hand out a role's temporary credentials, whichever way the role is assumed.</summary>
    public sealed class RoleSettings
    {
        public const string DefaultSessionName = "MmsPowerShell";

        /// <summary>The shortest session STS grants.</summary>
        public const int MinDurationSeconds = 900;

        /// <summary>What the CLI's 0 ("default") means: one hour.</summary>
        public const int DefaultDurationSeconds = 3600;

        public RoleSettings(string roleArn, string? sessionName = null, int durationSeconds = 0, string? stsRegion = null,
            bool useVpcEndpoint = false, string? policy = null, string? externalId = null)
        {
            RoleArn = roleArn.Trim();
            SessionName = string.IsNullOrWhiteSpace(sessionName) ? DefaultSessionName : sessionName!.Trim();
            // STS accepts MinDurationSeconds up to the role's maximum.
            DurationSeconds = durationSeconds <= 0 ? DefaultDurationSeconds : Math.Max(MinDurationSeconds, durationSeconds);
            StsRegion = string.IsNullOrWhiteSpace(stsRegion) ? null : stsRegion!.Trim().ToLowerInvariant();
            UseVpcEndpoint = useVpcEndpoint;
            Policy = string.IsNullOrWhiteSpace(policy) ? null : policy;
            ExternalId = string.IsNullOrWhiteSpace(externalId) ? null : externalId!.Trim();
        }

        public string RoleArn { get; }

        public string SessionName { get; }

        public int DurationSeconds { get; }

        public string? StsRegion { get; }

        public bool UseVpcEndpoint { get; }

        /// <summary>A session policy that narrows the role's permissions; dropping it would widen them, so it is always sent.</summary>
        public string? Policy { get; }

        public string? ExternalId { get; }

        /// <summary>
        /// https://sts.aliyuncs.com; sts.&lt;region&gt;.aliyuncs.com with an STS region; sts-vpc.&lt;region&gt;.aliyuncs.com
        /// when the VPC endpoint is asked for too (it only exists per region, as in the official libraries).
        /// </summary>
        public Uri StsEndpoint => new Uri(StsRegion == null ? "https://sts.aliyuncs.com/"
            : "https://sts" + (UseVpcEndpoint ? "-vpc." : ".") + StsRegion + ".aliyuncs.com/");

        /// <summary>Everything that changes the answer, so providers can be shared per distinct role set-up.</summary>
        internal string CacheKey => string.Join("|", RoleArn, SessionName, DurationSeconds, StsRegion, UseVpcEndpoint, Policy, ExternalId);
    }
}
