using System.Management.Automation;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Lists the databases of MMA data sources (ListMmsDbs) or gets them by id (GetMmsDb).</summary>
    /// <remarks>Only the by-id set binds ids from the pipeline by property name (see GetMmsTableCommand).</remarks>
    [Cmdlet(VerbsCommon.Get, "MmsDatabase", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsDatabase))]
    public sealed class GetMmsDatabaseCommand : MmsCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";
        private const string DataSourceSet = "DataSource";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ListSet)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(DbIdCompleter))]
        public long[] DbId { get; set; } = new long[0];

        /// <summary>Data sources whose databases to list, from Get-MmsDataSource.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = DataSourceSet)]
        [ValidateNotNull]
        public MmsDataSource[] DataSource { get; set; } = new MmsDataSource[0];

        [Parameter(Position = 1, ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ByIdSet:
                    GetById(nameof(DbId), DbId, InputIdsAttribute.TakeRejectedValue(), id => new MmsDatabaseReference(SourceId, id),
                        (db, token) => Client.GetDatabaseAsync(db.SourceId, db.DbId, token));
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

        private void List(long sourceId)
        {
            var nameFilter = new NameFilter(Name);
            long? total = WriteList(
                (pageNum, pageSize, token) => Client.ListDatabasesAsync(sourceId, nameFilter.ServerPrefix, pageNum, pageSize, token),
                db => db.DbId,
                new MmsSourceReference(sourceId),
                nameFilter,
                db => db.DbName,
                reportTotal: ParameterSetName == ListSet);
            if (total == 0 && Name != null && !WildcardPattern.ContainsWildcardCharacters(Name))
            {
                // An exact name is a lookup, as Get-Item or Get-Process -Name: no match is an error. A pattern that matches nothing is not.
                WriteError(new MmsDatabaseNameReference(sourceId, Name).NotFoundError(nameof(Name)));
            }
        }
    }
}
