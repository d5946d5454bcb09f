using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>The MMA read operations. Every one goes through the same steps: count, delay, authenticate, inject faults, answer.</summary>
    public sealed class MmsApi
    {
        private const int MaxPageSize = 100;
        private const string SamePageKey = "samepage";
        private static readonly JsonSerializerOptions Wire = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        private readonly EmulatorOptions _options;
        private readonly RequestAuthenticator _authenticator;
        private readonly DemoDataSet _data;
        private readonly DemoCatalog _catalog;
        private readonly FaultRegistry _faults;
        private readonly RequestStats _stats;

        public MmsApi(EmulatorOptions options, RequestAuthenticator authenticator, DemoDataSet data, DemoCatalog catalog, FaultRegistry faults, RequestStats stats)
        {
            _options = options;
            _authenticator = authenticator;
            _data = data;
            _catalog = catalog;
            _faults = faults;
            _stats = stats;
        }

        public Task<IResult> GetTableAsync(HttpContext context, string sourceId, string tableId) =>
            RunAsync(context, "GetMmsTable", sourceId, tableId, (source, table, requestId) =>
            {
                if (source == DemoDataSet.ExampleSourceId && table == DemoDataSet.ExampleTableId)
                {
                    context.Response.Headers["x-acs-request-id"] = DemoDataSet.ExampleRequestId;
                    return Results.Bytes(_data.ExampleResponse, "application/json");
                }
                DemoTable? found = _data.Find(source, table);
                return found == null
                    ? NotFound(requestId, "Table not found: source " + source + " table " + table)
                    : Json(new { requestId = requestId + "\n", data = found }, 200);
            });

        public Task<IResult> ListTablesAsync(HttpContext context, string sourceId) =>
            RunAsync(context, "ListMmsTables", sourceId, null, (source, _, requestId) =>
            {
                if (_catalog.DataSources.All(s => s.Id != source) && source != DemoDataSet.BulkSourceId)
                {
                    return NotFound(requestId, "Data source not found: " + source);
                }
                IQueryCollection query = context.Request.Query;
                if (context.Items.ContainsKey(SamePageKey))
                {
                    query = new QueryCollection(query.Where(q => q.Key != "pageNum").ToDictionary(q => q.Key, q => q.Value));
                }
                if (source == DemoDataSet.BulkSourceId)
                {
                    // A million generated tables: page them by id instead of materialising the list. Not filterable.
                    var (pageNum, pageSize) = PageOf(query);
                    long first = (long)(pageNum - 1) * pageSize + 1;
                    var ids = Enumerable.Range(0, pageSize).Select(i => first + i).Where(id => id <= DemoDataSet.BulkTableCount);
                    return PageAnswer(ids.Select(id => _data.Find(source, id)).ToList(), pageNum, pageSize, DemoDataSet.BulkTableCount, requestId);
                }
                var tables = TableFilter.Apply(_data.Tables.Where(t => t.SourceId == source).OrderBy(t => t.Id), query);
                return Page(tables, query, requestId);
            });

        public Task<IResult> ListPartitionsAsync(HttpContext context, string sourceId) =>
            RunAsync(context, "ListMmsPartitions", sourceId, null, (source, _, requestId) =>
            {
                IQueryCollection query = context.Request.Query;
                if (!long.TryParse(query["tableId"], out long tableId))
                {
                    // The service also filters by db and table name; the module always asks by table id.
                    return new GatewayError(400, "MissingParameter", "The emulator lists partitions by tableId.").ToResult(context, requestId);
                }
                DemoTable? table = _data.Find(source, tableId);
                if (table == null)
                {
                    return NotFound(requestId, "Table not found: source " + source + " table " + tableId);
                }
                IEnumerable<DemoPartition> partitions = DemoPartitions.Of(table);
                string? status = query["status"];
                if (!string.IsNullOrEmpty(status))
                {
                    var wanted = TableFilter.Statuses(status);
                    partitions = partitions.Where(p => wanted.Contains(p.Status));
                }
                return Page(partitions, query, requestId);
            });

        public Task<IResult> GetPartitionAsync(HttpContext context, string sourceId, string partitionId) =>
            RunAsync(context, "GetMmsPartition", sourceId, partitionId, (source, partition, requestId) =>
            {
                DemoPartition? found = DemoPartitions.Find(_data, source, partition);
                return found == null ? NotFound(requestId, "Partition not found: source " + source + " partition " + partition) : Json(new { requestId, data = found }, 200);
            });

        public Task<IResult> ListDataSourcesAsync(HttpContext context) =>
            RunAsync(context, "ListMmsDataSources", null, null, (_, _, requestId) =>
            {
                IQueryCollection query = context.Request.Query;
                string? name = query["name"];
                IEnumerable<DemoDataSource> sources = _catalog.DataSources;
                if (!string.IsNullOrEmpty(name))
                {
                    sources = sources.Where(s => s.Name.StartsWith(name, StringComparison.Ordinal));
                }
                return Page(sources, query, requestId);
            });

        public Task<IResult> GetDataSourceAsync(HttpContext context, string sourceId) =>
            RunAsync(context, "GetMmsDataSource", sourceId, null, (source, _, requestId) =>
            {
                DemoDataSource? found = _catalog.DataSources.FirstOrDefault(s => s.Id == source);
                return found == null ? NotFound(requestId, "Data source not found: " + source) : Json(new { requestId, data = found }, 200);
            });

        public Task<IResult> ListDbsAsync(HttpContext context, string sourceId) =>
            RunAsync(context, "ListMmsDbs", sourceId, null, (source, _, requestId) =>
            {
                if (_catalog.DataSources.All(s => s.Id != source))
                {
                    return NotFound(requestId, "Data source not found: " + source);
                }
                IQueryCollection query = context.Request.Query;
                string? name = query["name"];
                IEnumerable<DemoDatabase> dbs = _catalog.Databases.Where(d => d.SourceId == source);
                if (!string.IsNullOrEmpty(name))
                {
                    dbs = dbs.Where(d => d.Name.StartsWith(name, StringComparison.Ordinal));
                }
                return Page(dbs, query, requestId);
            });

        public Task<IResult> GetDbAsync(HttpContext context, string sourceId, string dbId) =>
            RunAsync(context, "GetMmsDb", sourceId, dbId, (source, db, requestId) =>
            {
                DemoDatabase? found = _catalog.Databases.FirstOrDefault(d => d.SourceId == source && d.Id == db);
                return found == null ? NotFound(requestId, "Database not found: source " + source + " db " + db) : Json(new { requestId, data = found }, 200);
            });

        private async Task<IResult> RunAsync(HttpContext context, string action, string? sourceText, string? idText, Func<long, long, string, IResult> answer)
        {
            using IDisposable inFlight = _stats.Begin(context.Request.Path.Value ?? string.Empty);
            string requestId = Guid.NewGuid().ToString().ToUpperInvariant();
            context.Response.Headers["x-acs-request-id"] = requestId;
            if (_options.LatencyMs > 0)
            {
                await Task.Delay(_options.LatencyMs, context.RequestAborted);
            }

            GatewayError? denied = await _authenticator.CheckAsync(context, action);
            if (denied != null)
            {
                return denied.ToResult(context, requestId);
            }
            long sourceId = 0;
            long id = 0;
            if ((sourceText != null && !TryId(sourceText, out sourceId)) || (idText != null && !TryId(idText, out id)))
            {
                return new GatewayError(400, "InvalidParameter", "The ids in the path must be positive integers.").ToResult(context, requestId);
            }

            Fault? fault = _faults.Take(sourceId, id);
            if (fault != null)
            {
                IResult? faulted = await ApplyAsync(fault, context, requestId);
                if (faulted != null)
                {
                    return faulted;
                }
            }
            return answer(sourceId, id, requestId);
        }

        private static bool TryId(string text, out long id) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id >= 1;

        private static (int PageNum, int PageSize) PageOf(IQueryCollection query) =>
            (Math.Max(1, QueryInt(query, "pageNum", 1)), Math.Clamp(QueryInt(query, "pageSize", 10), 1, MaxPageSize));

        private static IResult Page<T>(IEnumerable<T> items, IQueryCollection query, string requestId)
        {
            var (pageNum, pageSize) = PageOf(query);
            var all = items.ToList();
            return PageAnswer(all.Skip((pageNum - 1) * pageSize).Take(pageSize).ToList(), pageNum, pageSize, all.Count, requestId);
        }

        /// <summary>The list answer's shape: {"requestId", "data": {"objectList", "pageNum", "pageSize", "total"}}.</summary>
        private static IResult PageAnswer<T>(IReadOnlyList<T> page, int pageNum, int pageSize, long total, string requestId) =>
            Json(new { requestId, data = new { objectList = page, pageNum, pageSize, total } }, 200);

        private static int QueryInt(IQueryCollection query, string name, int fallback) =>
            int.TryParse(query[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;

        /// <summary>MaxCompute's own error shape, camelCase, as the service's other operations answer.</summary>
        private static IResult NotFound(string requestId, string message) =>
            Json(new { requestId, httpCode = 404, errorCode = "ODPS-0130131", errorMsg = message, data = (object?)null }, 404);

        /// <summary>Answers with the fault; null when the fault only delays and the normal answer follows.</summary>
        private static async Task<IResult?> ApplyAsync(Fault fault, HttpContext context, string requestId)
        {
            if (fault.RetryAfterMs.HasValue)
            {
                context.Response.Headers["x-acs-retry-after"] = fault.RetryAfterMs.Value.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["Retry-After"] = Math.Max(1, (fault.RetryAfterMs.Value + 999) / 1000).ToString(CultureInfo.InvariantCulture);
            }
            switch (fault.Kind)
            {
                case "error":
                    return new GatewayError(fault.Status, fault.Code, fault.Message).ToResult(context, requestId);
                case "html":
                    return Results.Content("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>Tengine</center></body></html>",
                        "text/html", Encoding.UTF8, fault.Status == 503 ? 502 : fault.Status);
                case "truncated":
                    string whole = "{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":1,\"dbName\":\"sales\",\"name\":\"orders\",\"status\":\"DONE\",\"size\":1024}}";
                    return Results.Content(whole.Substring(0, whole.Length / 2), "application/json", Encoding.UTF8, 200);
                case "nulldata":
                    return Json(new { requestId, data = (object?)null }, 200);
                case "wrongtypes":
                    return Results.Content("{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":\"twenty-two\",\"size\":{\"bytes\":1}}}", "application/json", Encoding.UTF8, 200);
                case "delay":
                    await Task.Delay(fault.DelayMs, context.RequestAborted);
                    return null;
                case "samepage":
                    // A broken pager: every list request gets page 1, whatever it asked for.
                    context.Items[SamePageKey] = true;
                    return null;
                case "reset":
                    context.Abort();
                    return Results.Empty;
                case "hang":
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    return Results.Empty;
                case "largebody":
                    return Results.Content("{\"requestId\":\"" + requestId + "\",\"pad\":\"" + new string('x', 20 * 1024 * 1024) + "\",\"data\":{\"id\":1}}",
                        "application/json", Encoding.UTF8, 200);
                default:
                    return new GatewayError(500, "EmulatorFaultUnknown", "Unknown fault kind '" + fault.Kind + "'.").ToResult(context, requestId);
            }
        }

        private static IResult Json(object value, int status) =>
            Results.Content(JsonSerializer.Serialize(value, Wire), "application/json", Encoding.UTF8, status);
    }
}
