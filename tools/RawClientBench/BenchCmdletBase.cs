using System.Management.Automation;

namespace RawClientBench
{
    /// <summary>
    /// The parameters the per-call benchmark binds on Get-MmsTable (-SourceId, -TableId, -Endpoint, -Credential,
    /// -ThrottleLimit), with the same attributes, for the benchmark's floor cmdlets. Get-MmsTable has more
    /// parameters and four parameter sets, so what these cmdlets cost is a lower bound of what PowerShell charges it.
    /// </summary>
    public abstract class BenchCmdletBase : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        public long[] TableId { get; set; } = new long[0];

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Endpoint { get; set; }

        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 8;
    }
}
