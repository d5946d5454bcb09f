using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>One authenticated API request, as an operation sees it: the ids from its path and the body it signed.</summary>
    public sealed record ApiCall(HttpContext Context, long SourceId, long Id, string RequestId, byte[] Body)
    {
        public IQueryCollection Query => Context.Request.Query;
    }
}
