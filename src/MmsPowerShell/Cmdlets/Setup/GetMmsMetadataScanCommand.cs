using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets metadata scans by id (GetMmsFetchMetadataJob): state, progress and what they found.</summary>
    [Cmdlet(VerbsCommon.Get, "MmsMetadataScan")]
    [OutputType(typeof(MmsMetadataScan))]
    public sealed class GetMmsMetadataScanCommand : MmsSourceObjectCmdlet
    {
        /// <summary>Binds by property name, so a data source from Get-MmsDataSource gives its latest scan.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ScanIdCompleter))]
        public long[] ScanId { get; set; } = new long[0];

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            GetById(nameof(ScanId), ScanId, InputIdsAttribute.TakeRejectedValue(), id => new MmsScanReference(SourceId, id),
                (scan, token) => Client.GetScanAsync(scan.SourceId, scan.ScanId, token));
        }
    }
}
