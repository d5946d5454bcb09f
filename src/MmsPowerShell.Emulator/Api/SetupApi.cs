using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>The set-up operations: data sources and their config items, metadata scans, and the targets and statuses of databases and tables.</summary>
    public sealed class SetupApi
    {
        /// <summary>A config value naming this host fails the connection test (UpdateMmsDataSource with test: true).</summary>
        public const string UnreachableHost = "bad.example";

        private readonly ApiPipeline _pipeline;
        private readonly DemoCatalog _catalog;
        private readonly TableStore _tables;
        private readonly DataSourceStore _sources;
        private readonly ScanStore _scans;
        private readonly JobStore _jobs;

        public SetupApi(ApiPipeline pipeline, DemoCatalog catalog, TableStore tables, DataSourceStore sources, ScanStore scans, JobStore jobs)
        {
            _pipeline = pipeline;
            _catalog = catalog;
            _tables = tables;
            _sources = sources;
            _scans = scans;
            _jobs = jobs;
        }

        public Task<IResult> ListConfigItemsAsync(HttpContext context) =>
            _pipeline.RunAsync(context, "ListMmsDataSourceConfigItems", null, null, call =>
            {
                string? type = ConfigItems.Normalize(call.Query["sourceType"]);
                return type == null
                    ? ServiceError.BadRequest(call.RequestId, "InvalidParameter", "sourceType is HIVE or BIGQUERY, not '" + call.Query["sourceType"] + "'.")
                    : Answers.Data(call.RequestId, ConfigItems.For(type, call.Query["lang"]));
            });

        public Task<IResult> CreateDataSourceAsync(HttpContext context) =>
            _pipeline.RunAsync(context, "CreateMmsDataSource", null, null, call =>
            {
                DataSourceRequest? request = RequestBody.Read<DataSourceRequest>(call, out IResult? error);
                if (request == null)
                {
                    return error!;
                }
                string? type = ConfigItems.Normalize(request.Type);
                if (string.IsNullOrWhiteSpace(request.Name) || type == null)
                {
                    return ServiceError.BadRequest(call.RequestId, "InvalidParameter", "A data source needs a name and a type (HIVE or BIGQUERY).");
                }
                var config = request.Config ?? new Dictionary<string, JsonElement>();
                string? unknown = ConfigItems.UnknownKey(type, config.Keys);
                if (unknown != null)
                {
                    return UnknownKey(call, type, unknown);
                }
                return Answers.Data(call.RequestId, new { dataSourceId = _sources.Create(request.Name, type, request.Networklink ?? string.Empty, config) });
            });

        /// <summary>Always answers an async task: with test, a connection test of the stored config merged with the one sent
        /// (nothing is saved); without, the update itself (saved at once).</summary>
        public Task<IResult> UpdateDataSourceAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "UpdateMmsDataSource", sourceId, null, (call, source) =>
            {
                DataSourceRequest? request = RequestBody.Read<DataSourceRequest>(call, out IResult? error);
                if (request == null)
                {
                    return error!;
                }
                string type = ConfigItems.Normalize(source.Type) ?? ConfigItems.Hive;
                string? unknown = request.Config == null ? null : ConfigItems.UnknownKey(type, request.Config.Keys);
                if (unknown != null)
                {
                    return UnknownKey(call, type, unknown);
                }
                long asyncTaskId;
                if (request.Test == true)
                {
                    var config = _sources.Merged(source.Id, request.Config);
                    asyncTaskId = _jobs.StartAsyncTask(source.Id, "TEST_DATASOURCE", () => ConnectionTest(source.Id, config));
                }
                else
                {
                    _sources.Update(source.Id, request.Name, request.Config);
                    asyncTaskId = _jobs.StartAsyncTask(source.Id, "UPDATE_DATASOURCE", () => new AsyncOutcome(source.Id, null, null));
                }
                return Answers.Data(call.RequestId, new { sourceId = source.Id, asyncTaskId });
            });

        public Task<IResult> DeleteDataSourceAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "DeleteMmsDataSource", sourceId, null, (call, source) =>
            {
                _sources.Delete(source.Id);
                return Answers.Data(call.RequestId, source.Id);
            });

        public Task<IResult> CreateScanAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "CreateMmsFetchMetadataJob", sourceId, null, (call, source) =>
            {
                ScanRequest? request = RequestBody.Read<ScanRequest>(call, out IResult? error);
                return request == null ? error! : Answers.Data(call.RequestId, new { scanId = _scans.Start(source.Id, request) });
            });

        public Task<IResult> GetScanAsync(HttpContext context, string sourceId, string scanId) =>
            _pipeline.RunOnSourceAsync(context, "GetMmsFetchMetadataJob", sourceId, scanId, (call, _) =>
                Answers.DataOrNotFound(call, _scans.Get(call.SourceId, call.Id), ObjectKind.Scan));

        /// <summary>Data is the table id.</summary>
        public Task<IResult> UpdateTableAsync(HttpContext context, string sourceId, string tableId) =>
            _pipeline.RunOnSourceAsync(context, "UpdateMmsTable", sourceId, tableId, (call, _) =>
            {
                TableUpdate? update = ReadUpdate(call, out IResult? error);
                if (update == null)
                {
                    return error!;
                }
                return Answers.DataOrNotFound(call, _tables.Update(call.SourceId, call.Id, t => TableStatuses.Apply(t, update))?.Id, ObjectKind.Table);
            });

        /// <summary>Tables by id (tables), or by database (dbName, all of its tables unless tableNames picks some). Data is how many changed.</summary>
        public Task<IResult> UpdateTablesAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "UpdateMmsTables", sourceId, null, (call, _) =>
            {
                TableUpdate? update = ReadUpdate(call, out IResult? error);
                if (update == null)
                {
                    return error!;
                }
                var chosen = new List<long>(update.Tables ?? Array.Empty<long>());
                if (!string.IsNullOrEmpty(update.DbName))
                {
                    var inDb = _tables.Tables.Where(t => t.SourceId == call.SourceId && t.DbName == update.DbName).ToList();
                    if (inDb.Count == 0)
                    {
                        return ServiceError.BadRequest(call.RequestId, "InvalidParameter", "Database " + update.DbName + " not found in data source " + call.SourceId + ".");
                    }
                    string? missing = update.TableNames?.FirstOrDefault(name => inDb.All(t => t.Name != name));
                    if (missing != null)
                    {
                        return ServiceError.BadRequest(call.RequestId, "InvalidParameter", "Table " + missing + " not found in database " + update.DbName + ".");
                    }
                    chosen.AddRange(inDb.Where(t => update.TableNames is not { Length: > 0 } || update.TableNames.Contains(t.Name)).Select(t => t.Id));
                }
                if (chosen.Count == 0)
                {
                    return ServiceError.BadRequest(call.RequestId, "InvalidParameter", "Name the tables to update: dbName (and tableNames), or tables.");
                }
                long? unknown = chosen.Cast<long?>().FirstOrDefault(id => _tables.Find(call.SourceId, id!.Value) == null);
                if (unknown != null)
                {
                    return ServiceError.BadRequest(call.RequestId, "InvalidParameter", "Table " + unknown + " not found in data source " + call.SourceId + ".");
                }
                var distinct = chosen.Distinct().ToList();
                distinct.ForEach(id => _tables.Update(call.SourceId, id, t => TableStatuses.Apply(t, update)));
                return Answers.Data(call.RequestId, (long)distinct.Count);
            });

        /// <summary>dstProjectName and dstName (the target schema) change the database; status changes all of its tables. Data 0.</summary>
        public Task<IResult> UpdateDbAsync(HttpContext context, string sourceId, string dbId) =>
            _pipeline.RunOnSourceAsync(context, "UpdateMmsDb", sourceId, dbId, (call, _) =>
            {
                TableUpdate? update = ReadUpdate(call, out IResult? error);
                if (update == null)
                {
                    return error!;
                }
                DemoDatabase? db = _catalog.Databases.FirstOrDefault(d => d.SourceId == call.SourceId && d.Id == call.Id);
                if (db == null)
                {
                    return ServiceError.NotFound(call, ObjectKind.Database);
                }
                _catalog.SetDbTarget(db, update.DstProjectName, update.DstName);
                foreach (DemoTable table in _tables.Tables.Where(t => t.SourceId == db.SourceId && t.DbId == db.Id))
                {
                    _tables.Update(table.SourceId, table.Id, t => TableStatuses.WithStatus(t, update.Status));
                }
                return Answers.Data(call.RequestId, 0L);
            });

        /// <summary>The body as an update, refusing a status no table can have.</summary>
        private static TableUpdate? ReadUpdate(ApiCall call, out IResult? error)
        {
            TableUpdate? update = RequestBody.Read<TableUpdate>(call, out error);
            if (update != null && !string.IsNullOrEmpty(update.Status) && !TableStatuses.IsKnown(update.Status))
            {
                error = ServiceError.BadRequest(call.RequestId, "InvalidParameter", "status is INIT, DOING, DONE, PART_DONE or FAILED, not '" + update.Status + "'.");
                return null;
            }
            return update;
        }

        private static IResult UnknownKey(ApiCall call, string type, string key) =>
            ServiceError.BadRequest(call.RequestId, "InvalidParameter", "Unknown config key '" + key + "' for a " + type + " data source; see ListMmsDataSourceConfigItems.");

        /// <summary>Fails when any value names the unreachable host, as a test that cannot connect does.</summary>
        private static AsyncOutcome ConnectionTest(long sourceId, IReadOnlyDictionary<string, JsonElement> config)
        {
            var bad = config.FirstOrDefault(c => c.Value.ToString().Contains(UnreachableHost, StringComparison.OrdinalIgnoreCase));
            return bad.Key == null
                ? new AsyncOutcome(sourceId, "connection test passed: " + string.Join(", ", config.Keys.OrderBy(k => k, StringComparer.Ordinal)), null)
                : AsyncOutcome.Failed("Connection test failed for " + bad.Key + ": java.net.UnknownHostException: " + UnreachableHost + ": Name or service not known");
        }
    }
}
