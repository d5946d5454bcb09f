namespace MmsPowerShell.Core.Errors
{
    /// <summary>The connection cannot be set up (no credentials, bad profile, bad endpoint): nothing can work.</summary>
    public sealed class MmsConfigurationException : Exception
    {
        public MmsConfigurationException(MmsErrorId errorId, string message, Exception? inner = null, string? recommendedAction = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            RecommendedAction = recommendedAction;
        }

        /// <summary>The next step, as a command to type, when there is one.</summary>
        public string? RecommendedAction { get; }

        /// <summary>A stable id a runbook can branch on, e.g. MmsCredentialsNotFound, with its kind.</summary>
        public MmsErrorId ErrorId { get; }
    }
}
