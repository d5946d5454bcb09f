using System;
using System.Management.Automation;

namespace RawClientBench
{
    /// <summary>
    /// The PowerShell floor of one Get-MmsTable call: a compiled cmdlet with the same parameters (and the same
    /// validation attributes) that writes one prebuilt object and sends nothing. What PowerShell charges for
    /// binding, the pipeline and WriteObject, whichever module the cmdlet belongs to.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "MmsBenchNoop")]
    public sealed class TestMmsBenchNoopCommand : PSCmdlet
    {
        private static readonly object Result = new object();

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

        protected override void ProcessRecord()
        {
            foreach (long unused in TableId)
            {
                WriteObject(Result);
            }
        }
    }
}
