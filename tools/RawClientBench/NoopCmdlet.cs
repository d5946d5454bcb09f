using System.Management.Automation;

namespace RawClientBench
{
    /// <summary>
    /// The PowerShell floor of one Get-MmsTable call: a compiled cmdlet with the parameters the benchmark binds
    /// that writes one prebuilt object and sends nothing. What PowerShell charges for binding, the pipeline and
    /// WriteObject, whichever module the cmdlet belongs to.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "MmsBenchNoop")]
    public sealed class TestMmsBenchNoopCommand : BenchCmdletBase
    {
        private static readonly object Result = new object();

        protected override void ProcessRecord()
        {
            foreach (long unused in TableId)
            {
                WriteObject(Result);
            }
        }
    }
}
