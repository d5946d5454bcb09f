namespace MmsPowerShell.Core.Errors
{
    /// <summary>
    /// A failure the module detects itself rather than one the service answered: an operation that ended
    /// FAILED, a wait that timed out, input that cannot be sent.
    /// </summary>
    public sealed class MmsOperationException : Exception
    {
        public MmsOperationException(MmsErrorId errorId, string message, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
        }

        public MmsErrorId ErrorId { get; }
    }
}
