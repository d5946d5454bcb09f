using MmsPowerShell.Completion;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What the cmdlets that take objects of one data source by id share: -SourceId, first on the command line and bound
    /// by property name, so every object the module writes (and every error target) pipes back in.
    /// </summary>
    public abstract class MmsSourceObjectCmdlet : MmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.ById)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }
    }
}
