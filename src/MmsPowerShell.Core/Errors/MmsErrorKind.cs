namespace MmsPowerShell.Core.Errors
{
    /// <summary>What kind of failure an API error is; the cmdlets map it to an ErrorCategory.</summary>
    public enum MmsErrorKind
    {
        InvalidRequest,
        NotFound,
        Authentication,
        PermissionDenied,
        Throttling,
        ServerError,
        InvalidResponse,

        /// <summary>No answer: the connection was refused, reset or could not be made.</summary>
        ConnectionFailed,

        /// <summary>No answer within the attempt timeout.</summary>
        Timeout,
    }
}
