using System.Management.Automation;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Sums up where a migration stands for the tables, databases or data sources piped in.</summary>
    /// <remarks>
    /// One untyped -InputObject rather than a parameter set per type: a pipeline may carry tables and databases
    /// together, and PowerShell fixes the parameter set at the first object.
    /// </remarks>
    [Cmdlet(VerbsDiagnostic.Measure, "MmsMigration")]
    [OutputType(typeof(MmsMigrationSummary))]
    public sealed class MeasureMmsMigrationCommand : PSCmdlet
    {
        private readonly MmsMigrationSummary _summary = new MmsMigrationSummary();

        /// <summary>MmsTable, MmsDatabase or MmsDataSource objects.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject[] InputObject { get; set; } = new PSObject[0];

        protected override void ProcessRecord()
        {
            foreach (PSObject item in InputObject)
            {
                switch (item.BaseObject)
                {
                    case MmsTable table: _summary.Add(table); break;
                    case MmsDatabase database: _summary.Add(database); break;
                    case MmsDataSource source: _summary.Add(source); break;
                    default:
                        WriteError(ErrorRecords.Create(MmsErrorIds.UnsupportedInput,
                            "Measure-MmsMigration sums up MmsTable, MmsDatabase and MmsDataSource objects, not " + item.BaseObject.GetType().Name + ".",
                            item, "Pipe Get-MmsTable, Get-MmsDatabase or Get-MmsDataSource into it."));
                        break;
                }
            }
        }

        protected override void EndProcessing() => WriteObject(_summary);
    }
}
