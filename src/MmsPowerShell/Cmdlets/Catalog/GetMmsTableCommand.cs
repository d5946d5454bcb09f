using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Gets MMA tables by id (GetMmsTable), or lists the tables of a data source or database (ListMmsTables).</summary>
    /// <remarks>Besides the sets every source listing has, the Database set lists the tables of piped MmsDatabase objects.</remarks>
    [Cmdlet(VerbsCommon.Get, "MmsTable", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(MmsTable))]
    public sealed class GetMmsTableCommand : MmsSourceListingCmdlet
    {
        private const string DatabaseSet = "Database";

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ArgumentCompleter(typeof(TableIdCompleter))]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        public long[] TableId { get; set; } = new long[0];

        /// <summary>Databases whose tables to list, from Get-MmsDatabase.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = DatabaseSet)]
        [ValidateNotNull]
        public MmsDatabase[] Database { get; set; } = new MmsDatabase[0];

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string? DbName { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DatabaseSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TableNameCompleter))]
        public string? Name { get; set; }

        /// <summary>The states to keep, as the service spells them; the set gives completion and case-insensitive checking.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DatabaseSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [SupportsWildcards]
        [ValidateStatus(StatusKind.Table)]
        [ArgumentCompleter(typeof(StatusCompleter))]
        public string[]? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DatabaseSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TableTypeCompleter))]
        public string? Type { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DatabaseSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        public SwitchParameter HasPartitions { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DatabaseSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        public DateTime LastDdlTimeAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DatabaseSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        public DateTime LastDdlTimeBefore { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DatabaseSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        public MmsTableSortProperty SortBy { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = DatabaseSet)]
        [Parameter(ParameterSetName = DataSourceSet)]
        public SwitchParameter Descending { get; set; }

        /// <summary>
        /// Also reads each listed database's tasks (one ListMmsTasks listing per database) to fill LastJobId,
        /// LastTaskStatus and LastDestinationProject: where the latest job really put each table.
        /// </summary>
        [Parameter]
        public SwitchParameter IncludeLastTask { get; set; }

        private DatabaseHistories? _histories;

        /// <summary>Made on first use, which may be on a request's thread: one cache whichever thread gets there first.</summary>
        private DatabaseHistories Histories => LazyInitializer.EnsureInitialized(ref _histories, () => new DatabaseHistories(Client))!;

        private protected override void ListInput()
        {
            if (ParameterSetName != DatabaseSet)
            {
                base.ListInput();
                return;
            }
            foreach (MmsDatabase database in Database)
            {
                List(database.SourceId, database.DbName);
            }
        }

        private protected override void GetByIds() =>
            GetById(nameof(TableId), TableId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTableReference(SourceId, id),
                IncludeLastTask
                    ? async (table, token) => await WithLastTaskAsync(await Client.GetTableAsync(table.SourceId, table.TableId, token).ConfigureAwait(false), token)
                        .ConfigureAwait(false)
                    // The client's own task, without two async layers around it for nothing: this runs once per id.
                    : (Func<MmsTableReference, CancellationToken, Task<MmsTable>>)((table, token) => Client.GetTableAsync(table.SourceId, table.TableId, token)));

        private protected override void List(long sourceId) => List(sourceId, DbName);

        private void List(long sourceId, string? dbName)
        {
            var nameFilter = new NameFilter(Name);
            var query = new MmsTableQuery
            {
                DbName = dbName,
                NamePrefix = nameFilter.ServerPrefix,
                Statuses = StatusSets.Expand(Status, StatusKind.Table),
                Type = Type,
                HasPartitions = BoundValue(nameof(HasPartitions), HasPartitions.IsPresent),
                LastDdlTimeAfter = BoundValue(nameof(LastDdlTimeAfter), LastDdlTimeAfter),
                LastDdlTimeBefore = BoundValue(nameof(LastDdlTimeBefore), LastDdlTimeBefore),
                SortBy = BoundValue(nameof(SortBy), SortBy),
                Descending = Descending,
            };
            long? total = WriteList(
                (pageNum, pageSize, token) => Client.ListTablesAsync(sourceId, query, pageNum, pageSize, token),
                table => table.TableId,
                new MmsSourceReference(sourceId),
                nameFilter,
                table => table.Name,
                reportTotal: ReportTotal,
                complete: IncludeLastTask ? table => AwaitOnPipeline(token => WithLastTaskAsync(table, token)) : (Action<MmsTable>?)null);
            if (total == 0 && dbName != null)
            {
                ReportMissingDatabase(sourceId, dbName);
            }
        }

        /// <summary>
        /// With -IncludeLastTask, the table with its latest task's job, status and destination. A task listing that
        /// fails leaves those empty and is told once per database at the end: the tables themselves were read.
        /// </summary>
        private async Task<MmsTable> WithLastTaskAsync(MmsTable table, CancellationToken token)
        {
            if (IncludeLastTask && !string.IsNullOrEmpty(table.DbName))
            {
                await Histories.AnnotateAsync(table.SourceId, table.DbName!, tasks =>
                {
                    tasks.Annotate(table);
                    return Task.CompletedTask;
                }, token).ConfigureAwait(false);
            }
            return table;
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            _histories?.WarnUnread(WriteWarning, (database, why) => "LastJobId, LastTaskStatus and LastDestinationProject are empty for the tables of " +
                database + ": its tasks could not be read (" + why + ").");
        }

        /// <summary>
        /// The service lists no tables for a database name it does not know, as for an empty database: an empty
        /// listing of a -DbName is checked, so a misspelt name is an error and not silence (a runbook would go on).
        /// </summary>
        private void ReportMissingDatabase(long sourceId, string dbName)
        {
            MmsPage<MmsDatabase> databases;
            try
            {
                databases = AwaitOnPipeline(token => Client.ListDatabasesAsync(sourceId, dbName, 1, MmsApiClient.PageSize, token));
            }
            catch (MmsApiException)
            {
                // The listing itself was answered; a failed check says nothing about it, so it adds no error.
                return;
            }
            if (!databases.Items.Any(db => string.Equals(db.DbName, dbName, StringComparison.Ordinal)))
            {
                WriteError(new MmsDatabaseNameReference(sourceId, dbName).NotFoundError(nameof(DbName)));
            }
        }
    }
}
