using System.Management.Automation;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets MMA tables by data source and table id (GetMmsTable).</summary>
    [Cmdlet(VerbsCommon.Get, "MmsTable")]
    [OutputType(typeof(MmsTable))]
    public sealed class GetMmsTableCommand : MmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1L, long.MaxValue)]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        public long[] TableId { get; set; } = new long[0];

        protected override void ProcessRecord()
        {
            foreach (long tableId in TableId)
            {
                QueueRequest(
                    token => Client.GetTableAsync(SourceId, tableId, token),
                    new MmsTableReference(SourceId, tableId),
                    "MmsTableNotFound",
                    table => WriteObject(table));
            }
        }
    }
}
