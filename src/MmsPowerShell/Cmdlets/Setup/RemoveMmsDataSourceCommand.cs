using MmsPowerShell.Completion;

namespace MmsPowerShell.Commands
{
    /// <summary>Removes data sources from MMA (DeleteMmsDataSource), with their databases, tables, jobs and timers.</summary>
    [Cmdlet(VerbsCommon.Remove, "MmsDataSource", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveMmsDataSourceCommand : MmsCmdlet
    {
        private readonly RepeatedSources _repeated = new RepeatedSources();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] SourceId { get; set; } = new long[0];

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (!AcceptInputIds(nameof(SourceId), SourceId, InputIdsAttribute.TakeRejectedValue()))
            {
                return;
            }
            foreach (long sourceId in SourceId)
            {
                var reference = new MmsSourceReference(sourceId);
                if (_repeated.Seen(sourceId, WriteVerbose))
                {
                    continue;
                }
                if (this.ShouldChange(reference.ToString(), "Remove from MMA, with its databases, tables, jobs and timers"))
                {
                    QueueRequest(token => Client.DeleteDataSourceAsync(sourceId, token), reference, _ => { });
                }
            }
        }
    }
}
