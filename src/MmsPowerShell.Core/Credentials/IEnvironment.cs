namespace MmsPowerShell.Core.Credentials
{
    /// <summary>The process environment as the credential chain sees it; replaceable in tests.</summary>
    public interface IEnvironment
    {
        string? GetVariable(string name);

        string HomeDirectory { get; }
    }
}
