using System.IO;

namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// The tables the emulator serves: three Hive sources with every status, partitioned and not, sizes
    /// past 2^31, and the service's habit of padding strings with whitespace. Table 22 of source
    /// 2000028 is the API reference's example, served byte for byte. Source 9000001 ("bulk") has a
    /// generated table for every id from 1 to 1,000,000, for load and pipeline tests. Source 9000002
    /// ("bulk_plan") has 100,000 generated INIT tables with a destination, and answers the job operations
    /// (its run has no jobs yet), for planning a whole run at scale. Source 2000060 ("dw_cluster") is big
    /// enough to plan whole migration runs (DemoDataSet.MigrationSource.cs).
    /// </summary>
    public sealed partial class DemoDataSet
    {
        public const long ExampleSourceId = 2000028;
        public const long ExampleTableId = 22;
        public const long BulkSourceId = 9000001;
        public const long BulkTableCount = 1_000_000;
        public const long PlanningSourceId = 9000002;
        public const long PlanningTableCount = 100_000;

        /// <summary>How many generated tables a source has (ids 1 to that); 0 for a source whose tables are stored.</summary>
        public static long GeneratedTableCount(long sourceId) =>
            sourceId == BulkSourceId ? BulkTableCount : sourceId == PlanningSourceId ? PlanningTableCount : 0;

        private const string ParquetIn = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat";
        private const string ParquetOut = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat";
        private const string ParquetSerde = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe";
        private const string OrcIn = "org.apache.hadoop.hive.ql.io.orc.OrcInputFormat";
        private const string OrcOut = "org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat";
        private const string OrcSerde = "org.apache.hadoop.hive.ql.io.orc.OrcSerde";

        private readonly Dictionary<(long Source, long Table), DemoTable> _tables;

        public DemoDataSet()
        {
            ExampleResponse = ReadExample();
            _tables = BuildTables().Append(ExampleTable(ExampleResponse)).ToDictionary(t => (t.SourceId, t.Id));
        }

        /// <summary>The reference's example response, exactly as published.</summary>
        public byte[] ExampleResponse { get; }

        public const string ExampleRequestId = "E7FB14F1-4ACD-5C73-A755-B302D70AB9AD";

        public IReadOnlyCollection<DemoTable> Tables => _tables.Values;

        public DemoTable? Find(long sourceId, long tableId)
        {
            if (sourceId == BulkSourceId && tableId >= 1 && tableId <= BulkTableCount)
            {
                return BulkTable(tableId);
            }
            if (sourceId == PlanningSourceId && tableId >= 1 && tableId <= PlanningTableCount)
            {
                return PlanningTable(tableId);
            }
            return _tables.TryGetValue((sourceId, tableId), out DemoTable? table) ? table : null;
        }

        /// <summary>The example's data as a table, so listings include it (GetMmsTable still serves the exact bytes).</summary>
        private static DemoTable ExampleTable(byte[] example)
        {
            using var document = JsonDocument.Parse(example);
            return document.RootElement.GetProperty("data").Deserialize<DemoTable>(new JsonSerializerOptions(JsonSerializerDefaults.Web))
                ?? throw new InvalidOperationException("The example has no data.");
        }

        private static byte[] ReadExample()
        {
            using Stream stream = typeof(DemoDataSet).Assembly.GetManifestResourceStream("GetMmsTable-example.json")
                ?? throw new InvalidOperationException("The example resource is missing from the build.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        private static IEnumerable<DemoTable> BuildTables()
        {
            var demo = new Source(2000028, "demo", "hdfs://master-1-1.c-c127cd184bb029ea.cn-zhangjiakou.emr.aliyuncs.com:9000/user/hive/warehouse");
            yield return demo.Table(1, 4, "sales", "orders", "DONE", Orders, DateKey, parts: (365, 0, 365, 0), size: 5_712_345_678, rows: 3_100_000_000, ddl: "2024-11-02 08:15:00\n");
            yield return demo.Table(2, 4, "sales", "customers", "INIT", Customers, NoKeys, parts: (0, 0, 0, 0), size: 125_829_120, rows: 1_250_000, ddl: "2024-10-20 12:00:01");
            yield return demo.Table(3, 4, "sales", "order_items", "DOING", OrderItems, DateKey, parts: (365, 40, 200, 0), size: 21_474_836_480, rows: 9_800_000_000, ddl: "2024-12-01 00:00:00 \n");
            yield return demo.Table(4, 5, "logs", "access_log", "FAILED", AccessLog, DateHourKeys, parts: (720, 0, 500, 220), size: 1_099_511_627_776, rows: 48_000_000_000, ddl: "2024-12-10 23:59:59\n");
            yield return demo.Table(5, 5, "logs", "error_log", "PART_DONE", AccessLog, DateKey, parts: (30, 0, 25, 5), size: 734_003_200, rows: 5_400_000, ddl: "2024-12-11 06:30:00");
            yield return demo.Table(6, 3, "mms_test", "empty_table", "DONE", Customers, NoKeys, parts: (0, 0, 0, 0), size: 0, rows: 0, ddl: "2024-12-17 15:40:00\n");
            yield return demo.Table(7, 3, "mms_test", "wide_table", "INIT", Wide, DateKey, parts: (12, 0, 0, 0), size: 9_663_676_416, rows: 12_000_000, ddl: "2024-12-17 15:41:00");

            var sales = new Source(2000031, "sales_hive", "hdfs://emr-header-1.cluster-42:9000/user/hive/warehouse");
            string[] statuses = { "INIT", "DOING", "DONE", "PART_DONE", "FAILED" };
            for (int i = 0; i < 10; i++)
            {
                string status = statuses[i % statuses.Length];
                bool partitioned = i % 2 == 0;
                int total = partitioned ? 24 * (i + 1) : 0;
                var parts = status switch
                {
                    "DONE" => (total, 0, total, 0),
                    "DOING" => (total, total / 4, total / 2, 0),
                    "PART_DONE" => (total, 0, total - 3, 3),
                    "FAILED" => (total, 0, total / 3, total - total / 3),
                    _ => (total, 0, 0, 0),
                };
                yield return sales.Table(101 + i, 11, "warehouse", "fact_" + Names[i], status, Orders, partitioned ? DateKey : NoKeys,
                    parts, size: (i + 1) * 3_000_000_000L, rows: (i + 1) * 40_000_000L, ddl: "2024-09-" + (10 + i) + " 10:00:00\n");
            }

            // 230 small tables: listings of this source span three pages, the last one partial.
            var many = new Source(2000050, "many_tables", "hdfs://many:9000/warehouse");
            for (int i = 1; i <= 230; i++)
            {
                string status = statuses[i % statuses.Length];
                yield return many.Table(1000 + i, i % 2 == 0 ? 52 : 51, i % 2 == 0 ? "even_db" : "odd_db", "t_" + i.ToString("000"), status, Customers, NoKeys,
                    (0, 0, 0, 0), size: i * 1_048_576L, rows: i * 1000L, ddl: "2024-10-" + (1 + i % 28).ToString("00") + " 12:00:00");
            }

            var archive = new Source(2000045, "logs_archive", "oss://logs-archive-bucket/warehouse");
            for (int i = 0; i < 8; i++)
            {
                string status = statuses[(i + 2) % statuses.Length];
                yield return archive.Table(201 + i, 21, "archive", "events_" + (2017 + i), status, AccessLog, DateHourKeys,
                    status == "DONE" ? (8760, 0, 8760, 0) : status == "FAILED" ? (8760, 0, 100, 8660) : status == "PART_DONE" ? (8760, 0, 8000, 760) : status == "DOING" ? (8760, 100, 4000, 0) : (8760, 0, 0, 0),
                    size: (i + 1) * 2_199_023_255_552L, rows: (i + 1) * 90_000_000_000L, ddl: (2017 + i) + "-12-31 23:00:00");
            }

            foreach (DemoTable table in MigrationSourceTables())
            {
                yield return table;
            }
        }

        private static DemoTable BulkTable(long id) =>
            new Source(BulkSourceId, "bulk", "hdfs://bulk-cluster:9000/warehouse").Table(
                id, 91, "bulk_db", "t_" + id, (id % 5) switch { 0 => "INIT", 1 => "DOING", 2 => "DONE", 3 => "PART_DONE", _ => "FAILED" },
                Customers, NoKeys, (0, 0, 0, 0), size: id * 1024, rows: id * 10, ddl: "2024-01-01 00:00:00");

        /// <summary>A table of the planning source: never migrated, with the database's target project (mma_plan_db).</summary>
        private static DemoTable PlanningTable(long id) =>
            new Source(PlanningSourceId, "bulk_plan", "hdfs://plan-cluster:9000/warehouse").Table(
                id, 92, "plan_db", "t_" + id, "INIT", Customers, NoKeys, (0, 0, 0, 0), size: id * 1024, rows: id * 10, ddl: "2024-01-01 00:00:00");

        /// <summary>A table a metadata scan found: new, never migrated, shaped like the other demo tables.</summary>
        public static DemoTable Discovered(DemoDatabase db, long id, string name, string lastDdlTime) =>
            new Source(db.SourceId, db.SourceName, "hdfs://warehouse").Table(id, db.Id, db.Name, name, "INIT", Customers, NoKeys, (0, 0, 0, 0),
                size: id * 4_194_304L, rows: id * 10_000L, ddl: lastDdlTime);

        private static readonly string[] Names = { "sales", "returns", "inventory", "shipments", "payments", "refunds", "visits", "clicks", "carts", "reviews" };

        private static DemoColumn C(string name, string type, string comment, string? defaultValue = null, bool nullable = true) =>
            new DemoColumn(name, type, comment, defaultValue, nullable);

        private static readonly DemoColumn[] Orders =
        {
            C("order_id", "bigint", "order id", nullable: false), C("customer_id", "bigint", "buyer"),
            C("amount", "decimal(18,2)", "order total", "0.00"), C("currency", "string", "ISO 4217 code  \n", "CNY"),
            C("created_at", "timestamp", "when the order was placed"),
        };

        private static readonly DemoColumn[] OrderItems =
        {
            C("order_id", "bigint", "order id", nullable: false), C("line_no", "int", "line in the order", nullable: false),
            C("sku", "string", "stock keeping unit"), C("quantity", "int", "units", "1"), C("price", "decimal(18,2)", "unit price"),
        };

        private static readonly DemoColumn[] Customers =
        {
            C("customer_id", "bigint", "customer id", nullable: false), C("name", "string", "display name"),
            C("email", "string", "contact address"), C("tags", "array<string>", "segments"),
        };

        private static readonly DemoColumn[] AccessLog =
        {
            C("ts", "timestamp", "request time", nullable: false), C("client_ip", "string", "remote address"),
            C("method", "string", "HTTP method", "GET"), C("path", "string", "request path"), C("status", "int", "HTTP status"),
            C("bytes", "bigint", "response size", "0"), C("headers", "map<string,string>", "selected request headers"),
        };

        private static readonly DemoColumn[] Wide = Enumerable.Range(1, 60)
            .Select(i => C("metric_" + i.ToString("00"), i % 3 == 0 ? "double" : "bigint", "metric number " + i)).ToArray();

        private static readonly DemoColumn[] NoKeys = Array.Empty<DemoColumn>();
        private static readonly DemoColumn[] DateKey = { C("dt", "string", "partition date, yyyymmdd", nullable: false) };
        private static readonly DemoColumn[] DateHourKeys = { C("dt", "string", "partition date", nullable: false), C("hh", "string", "partition hour", nullable: false) };

        private sealed class Source
        {
            private readonly long _id;
            private readonly string _name;
            private readonly string _warehouse;

            public Source(long id, string name, string warehouse)
            {
                _id = id;
                _name = name;
                _warehouse = warehouse;
            }

            public DemoTable Table(long id, long dbId, string db, string name, string status, DemoColumn[] columns, DemoColumn[] keys,
                (int Total, int Doing, int Done, int Failed) parts, long size, long rows, string ddl)
            {
                bool orc = id % 2 == 1;
                return new DemoTable(
                    id, dbId, db, name, "mma_" + db, "default", name, "MANAGED_TABLE", keys.Length > 0,
                    new DemoSchema(name, name.Replace('_', ' ') + " table", columns, keys),
                    Owner: "hive\n",
                    Location: _warehouse + "/" + db + ".db/" + name + "\n",
                    InputFormat: (orc ? OrcIn : ParquetIn) + " \n",
                    OutputFormat: (orc ? OrcOut : ParquetOut) + "\n",
                    Serde: (orc ? OrcSerde : ParquetSerde) + "\n",
                    Extra: "{\"serialization.format\":\"1\",\"transient_lastDdlTime\":\"1733900000\"}  \n",
                    parts.Total, parts.Doing, parts.Done, parts.Failed,
                    _id, _name, size, rows, Updated: id % 3 == 0, LastDdlTime: ddl, Status: status);
            }
        }
    }
}
