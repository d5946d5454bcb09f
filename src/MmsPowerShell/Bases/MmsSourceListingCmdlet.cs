using System.Management.Automation;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What the Get cmdlets that list the objects of a data source or get them by id share: the List set (-SourceId
    /// on the command line), the ById set (-SourceId and the ids, bound by property name) and the DataSource set
    /// (MmsDataSource objects from the pipeline), and which of <see cref="GetByIds"/> and <see cref="List"/> each calls.
    /// </summary>
    /// <remarks>
    /// Only the by-id set binds ids from the pipeline by property name: listings take their source from the command
    /// line or from typed objects, so a row whose id fails to bind is an error for that row, never a listing of the
    /// whole source.
    /// </remarks>
    public abstract class MmsSourceListingCmdlet : MmsCmdlet
    {
        private protected const string ListSet = "List";
        private protected const string ByIdSet = "ById";
        private protected const string DataSourceSet = "DataSource";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ListSet)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        /// <summary>Data sources whose objects to list, from Get-MmsDataSource.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = DataSourceSet)]
        [ValidateNotNull]
        public MmsDataSource[] DataSource { get; set; } = new MmsDataSource[0];

        /// <summary>Whether a listing reports its total: only for the List set, where one source was asked for.</summary>
        private protected bool ReportTotal => ParameterSetName == ListSet;

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            switch (ParameterSetName)
            {
                case ByIdSet:
                    GetByIds();
                    break;
                case DataSourceSet:
                    foreach (MmsDataSource source in DataSource)
                    {
                        List(source.SourceId);
                    }
                    break;
                default:
                    List(SourceId);
                    break;
            }
        }

        /// <summary>Gets the objects the row's ids name (through <see cref="MmsCmdlet.GetById"/>).</summary>
        private protected abstract void GetByIds();

        /// <summary>Lists the objects of one data source that the cmdlet's filters keep.</summary>
        private protected abstract void List(long sourceId);
    }
}
