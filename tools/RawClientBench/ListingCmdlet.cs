using System.Management.Automation;
using MmsPowerShell.Core.Json;

namespace RawClientBench
{
    /// <summary>
    /// The floor of a cmdlet that lists tables: the raw concurrent listing (RawListing) with each DTO mapped into
    /// MmsTable by the module's mapper on the thread that parsed its page, written to the pipeline in order. No
    /// transport, no retries, no ordering checks, no paging, no progress: what is left of Get-MmsTable's listing
    /// when only the request, the parse, the map and PowerShell's pipeline remain.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "MmsBenchRawListing")]
    public sealed class TestMmsBenchRawListingCommand : PSCmdlet
    {
        [Parameter(Mandatory = true)]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true)]
        public string Endpoint { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        public PSCredential Credential { get; set; } = PSCredential.Empty;

        [Parameter]
        public long First { get; set; } = long.MaxValue;

        [Parameter]
        public int ThrottleLimit { get; set; } = 8;

        protected override void EndProcessing()
        {
            using var listing = new RawListing(Endpoint, Credential.UserName, Credential.GetNetworkCredential().Password);
            foreach (object table in listing.Items(SourceId, First, ThrottleLimit, dto => MmsTableMapper.ToTable(dto, null)))
            {
                WriteObject(table);
            }
        }
    }
}
