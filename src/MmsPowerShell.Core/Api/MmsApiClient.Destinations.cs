using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Http
{
    /// <summary>Where tables and databases migrate to, and resets for a new run: UpdateMmsTable, UpdateMmsTables, UpdateMmsDb.</summary>
    public sealed partial class MmsApiClient
    {
        /// <summary>UpdateMmsTable: a null value is not sent, so the table keeps it. Answers the table id.</summary>
        public Task<long> UpdateTableAsync(long sourceId, long tableId, string? dstProjectName, string? dstSchemaName, string? dstName, string? status,
            CancellationToken cancellationToken)
        {
            var body = new MmsTableUpdateRequestDto { DstProjectName = dstProjectName, DstSchemaName = dstSchemaName, DstName = dstName, Status = status };
            return SendCommandAsync(WithBody(HttpMethod.Put, "UpdateMmsTable", SourcePath(sourceId) + "/tables/" + Id(tableId), sourceId, body,
                MmsJsonContext.Default.MmsTableUpdateRequestDto), cancellationToken);
        }

        /// <summary>UpdateMmsTables for tables of one database, by name, in one request. Answers how many tables changed.</summary>
        public Task<long> UpdateTablesAsync(long sourceId, string dbName, IEnumerable<string> tableNames, string? dstProjectName, string? dstSchemaName,
            string? status, CancellationToken cancellationToken)
        {
            var body = new MmsTablesUpdateRequestDto
            {
                DbName = dbName,
                TableNames = tableNames.Cast<string?>().ToArray(),
                DstProjectName = dstProjectName,
                DstSchemaName = dstSchemaName,
                Status = status,
            };
            return SendCommandAsync(WithBody(HttpMethod.Put, "UpdateMmsTables", SourcePath(sourceId) + "/tables", sourceId, body,
                MmsJsonContext.Default.MmsTablesUpdateRequestDto), cancellationToken);
        }

        /// <summary>UpdateMmsDb: dstName is the database's target schema; a status applies to all of its tables.</summary>
        public Task<long> UpdateDatabaseAsync(long sourceId, long dbId, string? dstProjectName, string? dstName, string? status,
            CancellationToken cancellationToken)
        {
            var body = new MmsDbUpdateRequestDto { DstProjectName = dstProjectName, DstName = dstName, Status = status };
            return SendCommandAsync(WithBody(HttpMethod.Put, "UpdateMmsDb", SourcePath(sourceId) + "/dbs/" + Id(dbId), sourceId, body,
                MmsJsonContext.Default.MmsDbUpdateRequestDto), cancellationToken);
        }
    }
}
