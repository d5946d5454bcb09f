using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What the Get cmdlets that list the objects of a whole data source share: besides the List and ById sets, the
    /// DataSource set (MmsDataSource objects from the pipeline), each source listed by <see cref="List"/>.
    /// </summary>
    public abstract class MmsSourceListingCmdlet : MmsSourceGetCmdlet
    {
        private protected const string DataSourceSet = "DataSource";

        /// <summary>Data sources whose objects to list, from Get-MmsDataSource.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = DataSourceSet)]
        [ValidateNotNull]
        public MmsDataSource[] DataSource { get; set; } = new MmsDataSource[0];

        private protected override void ListInput()
        {
            if (ParameterSetName != DataSourceSet)
            {
                List(SourceId);
                return;
            }
            foreach (MmsDataSource source in DataSource)
            {
                List(source.SourceId);
            }
        }

        /// <summary>Lists the objects of one data source that the cmdlet's filters keep.</summary>
        private protected abstract void List(long sourceId);
    }
}
