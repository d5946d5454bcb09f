namespace MmsPowerShell.Commands
{
    /// <summary>How identifiers are shown in verbose output: enough to tell keys apart, not to use one.</summary>
    internal static class Redaction
    {
        public static string AccessKeyId(string id) =>
            id.Length <= 8 ? "****" : id.Substring(0, 4) + "****" + id.Substring(id.Length - 4);
    }
}
