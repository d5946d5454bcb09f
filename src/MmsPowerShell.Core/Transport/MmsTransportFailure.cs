namespace MmsPowerShell.Core.Http
{
    /// <summary>What the HTTP stack reported for a failed attempt, with any credentials in URLs masked (see MmsTransport.Redacted).</summary>
    public sealed class MmsTransportFailure : Exception
    {
        public MmsTransportFailure(string message, Exception? inner)
            : base(message, inner)
        {
        }
    }
}
