using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Lists the databases of MMA data sources (ListMmsDbs) or gets them by id (GetMmsDb).</summary>
    [Cmdlet(VerbsCommon.Get, "MmsDatabase", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsDatabase))]
    public sealed class GetMmsDatabaseCommand : MmsSourceListingCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(DbIdCompleter))]
        public long[] DbId { get; set; } = new long[0];

        [Parameter(Position = 1, ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string? Name { get; set; }

        private protected override void GetByIds() =>
            GetById(nameof(DbId), DbId, InputIdsAttribute.TakeRejectedValue(), id => new MmsDatabaseReference(SourceId, id),
                (db, token) => Client.GetDatabaseAsync(db.SourceId, db.DbId, token));

        private protected override void List(long sourceId)
        {
            var nameFilter = new NameFilter(Name);
            long? total = WriteList(
                (pageNum, pageSize, token) => Client.ListDatabasesAsync(sourceId, nameFilter.ServerPrefix, pageNum, pageSize, token),
                db => db.DbId,
                new MmsSourceReference(sourceId),
                nameFilter,
                db => db.DbName,
                reportTotal: ReportTotal);
            if (total == 0 && Name != null && !WildcardPattern.ContainsWildcardCharacters(Name))
            {
                // An exact name is a lookup, as Get-Item or Get-Process -Name: no match is an error. A pattern that matches nothing is not.
                WriteError(new MmsDatabaseNameReference(sourceId, Name).NotFoundError(nameof(Name)));
            }
        }
    }
}
