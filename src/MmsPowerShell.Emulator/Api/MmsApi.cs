using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>The MMA read operations on data sources, databases, tables and partitions.</summary>
    public sealed class MmsApi
    {
        private readonly ApiPipeline _pipeline;
        private readonly DemoDataSet _data;
        private readonly TableStore _tables;
        private readonly DemoCatalog _catalog;

        public MmsApi(ApiPipeline pipeline, DemoDataSet data, TableStore tables, DemoCatalog catalog)
        {
            _pipeline = pipeline;
            _data = data;
            _tables = tables;
            _catalog = catalog;
        }

        public Task<IResult> GetTableAsync(HttpContext context, string sourceId, string tableId) =>
            _pipeline.RunAsync(context, "GetMmsTable", sourceId, tableId, call =>
            {
                if (call.SourceId == DemoDataSet.ExampleSourceId && call.Id == DemoDataSet.ExampleTableId && _tables.IsSeed(call.SourceId, call.Id))
                {
                    context.Response.Headers["x-acs-request-id"] = DemoDataSet.ExampleRequestId;
                    return Results.Bytes(_data.ExampleResponse, "application/json");
                }
                DemoTable? found = _tables.Find(call.SourceId, call.Id);
                return found == null
                    ? ServiceError.NotFound(call, ObjectKind.Table)
                    : Answers.Json(new { requestId = call.RequestId + "\n", data = found }, 200);
            });

        public Task<IResult> ListTablesAsync(HttpContext context, string sourceId) =>
            _pipeline.RunAsync(context, "ListMmsTables", sourceId, null, call =>
            {
                long source = call.SourceId;
                long generated = DemoDataSet.GeneratedTableCount(source);
                if (generated == 0 && _catalog.FindSource(source) == null)
                {
                    return ServiceError.NotFound(call.RequestId, "Data source not found: " + source);
                }
                IQueryCollection query = call.Query;
                if (context.Items.ContainsKey(ApiPipeline.SamePageKey))
                {
                    query = new QueryCollection(query.Where(q => q.Key != "pageNum").ToDictionary(q => q.Key, q => q.Value));
                }
                if (context.Items.ContainsKey(ApiPipeline.SmallPagesKey))
                {
                    // A service whose page cap is below what the client asks: pages are numbered by the smaller size.
                    var capped = query.ToDictionary(q => q.Key, q => q.Value);
                    capped["pageSize"] = ApiPipeline.SmallPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    query = new QueryCollection(capped);
                }
                if (generated > 0)
                {
                    // Generated tables (a million, or 100,000): page them by id instead of materialising the list. Not filterable.
                    var (pageNum, pageSize) = Answers.PageOf(query);
                    long first = (long)(pageNum - 1) * pageSize + 1;
                    var ids = Enumerable.Range(0, pageSize).Select(i => first + i).Where(id => id <= generated);
                    return Answers.PageAnswer(ids.Select(id => _tables.Find(source, id)).ToList(), pageNum, pageSize, generated, call.RequestId);
                }
                var tables = TableFilter.Apply(_tables.Tables.Where(t => t.SourceId == source).OrderBy(t => t.Id), query);
                return Answers.Page(tables, query, call.RequestId);
            });

        public Task<IResult> ListPartitionsAsync(HttpContext context, string sourceId) =>
            _pipeline.RunAsync(context, "ListMmsPartitions", sourceId, null, call =>
            {
                IQueryCollection query = call.Query;
                if (!long.TryParse(query["tableId"], out long tableId))
                {
                    // The service also filters by db and table name; the module always asks by table id.
                    return new GatewayError(400, "MissingParameter", "The emulator lists partitions by tableId.").ToResult(context, call.RequestId);
                }
                DemoTable? table = _tables.Find(call.SourceId, tableId);
                if (table == null)
                {
                    return ServiceError.NotFound(call, ObjectKind.Table, tableId);
                }
                IEnumerable<DemoPartition> partitions = DemoPartitions.Of(table);
                string? status = query["status"];
                if (!string.IsNullOrEmpty(status))
                {
                    var wanted = TableFilter.Statuses(status);
                    partitions = partitions.Where(p => wanted.Contains(p.Status));
                }
                return Answers.Page(partitions, query, call.RequestId);
            });

        public Task<IResult> GetPartitionAsync(HttpContext context, string sourceId, string partitionId) =>
            _pipeline.RunAsync(context, "GetMmsPartition", sourceId, partitionId, call =>
                Answers.DataOrNotFound(call, DemoPartitions.Find(_tables, call.SourceId, call.Id), ObjectKind.Partition));

        public Task<IResult> ListDataSourcesAsync(HttpContext context) =>
            _pipeline.RunAsync(context, "ListMmsDataSources", null, null, call =>
            {
                string? name = call.Query["name"];
                IEnumerable<DemoDataSource> sources = _catalog.DataSources;
                if (!string.IsNullOrEmpty(name))
                {
                    sources = sources.Where(s => s.Name.StartsWith(name, StringComparison.Ordinal));
                }
                return Answers.Page(sources, call.Query, call.RequestId);
            });

        public Task<IResult> GetDataSourceAsync(HttpContext context, string sourceId) =>
            _pipeline.RunAsync(context, "GetMmsDataSource", sourceId, null, call =>
            {
                DemoDataSource? found = _catalog.FindSource(call.SourceId);
                return found == null ? ServiceError.NotFound(call.RequestId, "Data source not found: " + call.SourceId) : Answers.Data(call.RequestId, found);
            });

        public Task<IResult> ListDbsAsync(HttpContext context, string sourceId) =>
            _pipeline.RunAsync(context, "ListMmsDbs", sourceId, null, call =>
            {
                if (_catalog.FindSource(call.SourceId) == null)
                {
                    return ServiceError.NotFound(call.RequestId, "Data source not found: " + call.SourceId);
                }
                string? name = call.Query["name"];
                IEnumerable<DemoDatabase> dbs = _catalog.Databases.Where(d => d.SourceId == call.SourceId);
                if (!string.IsNullOrEmpty(name))
                {
                    dbs = dbs.Where(d => d.Name.StartsWith(name, StringComparison.Ordinal));
                }
                return Answers.Page(dbs, call.Query, call.RequestId);
            });

        public Task<IResult> GetDbAsync(HttpContext context, string sourceId, string dbId) =>
            _pipeline.RunAsync(context, "GetMmsDb", sourceId, dbId, call =>
                Answers.DataOrNotFound(call, _catalog.Databases.FirstOrDefault(d => d.SourceId == call.SourceId && d.Id == call.Id), ObjectKind.Database));
    }
}
