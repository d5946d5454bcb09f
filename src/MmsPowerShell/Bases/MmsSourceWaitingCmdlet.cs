using MmsPowerShell.Completion;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What the waiting cmdlets that act on one data source share: -SourceId, first on the command line and bound by
    /// property name (as on <see cref="MmsSourceObjectCmdlet"/>), so what the module writes pipes into them.
    /// </summary>
    public abstract class MmsSourceWaitingCmdlet : MmsWaitingCmdlet
    {
        /// <inheritdoc cref="MmsWaitingCmdlet(double, TimeSpan?)"/>
        private protected MmsSourceWaitingCmdlet(double defaultPollIntervalSec, TimeSpan? defaultWaitLimit = null)
            : base(defaultPollIntervalSec, defaultWaitLimit)
        {
        }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }
    }
}
