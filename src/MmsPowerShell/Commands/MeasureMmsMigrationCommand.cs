using System.Management.Automation;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Sums up where a migration stands for the tables piped in.</summary>
    [Cmdlet(VerbsDiagnostic.Measure, "MmsMigration")]
    [OutputType(typeof(MmsMigrationSummary))]
    public sealed class MeasureMmsMigrationCommand : PSCmdlet
    {
        private readonly MmsMigrationSummary _summary = new MmsMigrationSummary();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public MmsTable[] InputObject { get; set; } = new MmsTable[0];

        protected override void ProcessRecord()
        {
            foreach (MmsTable table in InputObject)
            {
                _summary.Add(table);
            }
        }

        protected override void EndProcessing() => WriteObject(_summary);
    }
}
