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
        private readonly HashSet<Type> _refusedTypes = new HashSet<Type>();
        private bool _summedAny;

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
                        // One error per kind of object, not one per object: 720 partitions piped in by mistake are one mistake.
                        if (_refusedTypes.Add(item.BaseObject.GetType()))
                        {
                            WriteError(ErrorRecords.Create(MmsErrorIds.UnsupportedInput,
                                "Measure-MmsMigration sums up MmsTable, MmsDatabase and MmsDataSource objects, not " + item.BaseObject.GetType().Name +
                                " (the other " + item.BaseObject.GetType().Name + " objects are skipped too).",
                                item, "Pipe Get-MmsTable, Get-MmsDatabase or Get-MmsDataSource into it."));
                        }
                        continue;
                }
                _summedAny = true;
            }
        }

        /// <summary>No summary when everything piped in was refused: an all-zero one would read as a real, empty result.</summary>
        protected override void EndProcessing()
        {
            if (_summedAny || _refusedTypes.Count == 0)
            {
                WriteObject(_summary);
            }
        }
    }
}
