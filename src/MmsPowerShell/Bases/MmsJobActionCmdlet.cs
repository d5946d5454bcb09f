using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What Start-, Stop-, Restart- and Remove-MmsJob share: jobs by -SourceId/-JobId (MmsJob objects and error
    /// targets bind by property name) and -PassThru, on the object actions' template.
    /// </summary>
    public abstract class MmsJobActionCmdlet : MmsObjectActionCmdlet<MmsJobReference, MmsJob>
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] JobId { get; set; } = new long[0];

        /// <summary>Writes the job as read after the change (for Remove-MmsJob: just before it).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private protected override bool ReadBack => PassThru;

        private protected override IReadOnlyList<MmsJobReference> Targets() =>
            InputTargets(nameof(JobId), JobId, InputIdsAttribute.TakeRejectedValue(), id => new MmsJobReference(SourceId, id));

        private protected override Task<MmsJob> ReadBackAsync(MmsJobReference job, CancellationToken token) => Client.GetJobAsync(job.SourceId, job.JobId, token);
    }
}
