namespace MmsPowerShell.Core.Errors
{
    /// <summary>What kind of failure an error is; the cmdlets map each kind to one ErrorCategory.</summary>
    public enum MmsErrorKind
    {
        /// <summary>The request (or the cmdlet's input) is wrong: InvalidArgument.</summary>
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

        /// <summary>A setting that would send credentials or secrets where they could be read (SecurityError).</summary>
        Insecure,

        /// <summary>A feature or mode the module does not support (NotImplemented).</summary>
        NotSupported,

        /// <summary>A local file that is needed could not be read or parsed (ReadError).</summary>
        Unreadable,

        /// <summary>The service ran the operation and it ended in failure, e.g. a job or an async task (InvalidResult).</summary>
        OperationFailed,
        /// <summary>Something else holds what the call needs, e.g. another process runs the same migration (ResourceBusy).</summary>
        Conflict,
    }
}
