using MmsPowerShell.Completion;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What the Get cmdlets that read the objects of a data source share: the List set (-SourceId on the command line),
    /// the ById set (-SourceId and the ids, bound by property name), and which of <see cref="GetByIds"/> and
    /// <see cref="ListInput"/> each input row calls. The cmdlet adds its id parameter and the sets it lists piped objects by.
    /// </summary>
    /// <remarks>
    /// Only the by-id set binds ids from the pipeline by property name: listings take their source from the command
    /// line or from typed objects, so a row whose id fails to bind is an error for that row, never a listing of the
    /// whole source.
    /// </remarks>
    public abstract class MmsSourceGetCmdlet : MmsCmdlet
    {
        private protected const string ListSet = "List";
        private protected const string ByIdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ListSet)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        /// <summary>Whether a listing reports its total: only for the List set, where one source was asked for.</summary>
        private protected bool ReportTotal => ParameterSetName == ListSet;

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (ParameterSetName == ByIdSet)
            {
                GetByIds();
            }
            else
            {
                ListInput();
            }
        }

        /// <summary>Gets the objects the row's ids name (through <see cref="MmsCmdlet.GetById"/>).</summary>
        private protected abstract void GetByIds();

        /// <summary>Lists what the row names: -SourceId in the List set, else the piped objects of the cmdlet's other sets.</summary>
        private protected abstract void ListInput();
    }
}
