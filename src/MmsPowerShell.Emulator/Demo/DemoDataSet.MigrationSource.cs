namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// Source 2000060 ("dw_cluster"): a warehouse big enough to plan a whole migration run, several jobs per database.
    /// Four databases, each with its own target project as the service keeps it: retail (260 tables; its
    /// *_payment_* tables go to a second project), finance (180), clickstream (120, all partitioned by hour) and
    /// staging (12 tables with no target at all). Mostly INIT, some DONE, PART_DONE and DOING; none FAILED, so
    /// failures come only from runs. Tables that fail once and recover on retry have "fail" in their name (the
    /// name rule); ods_legacy_events has a Hive uniontype column that MaxCompute cannot create, so it fails every time.
    /// </summary>
    public sealed partial class DemoDataSet
    {
        // Static fields here must not read the other part's static fields: C# orders initializers across partial files arbitrarily.
        public const long MigrationSourceId = 2000060;

        /// <summary>The migration source's table that fails at its schema step on every attempt.</summary>
        public const string AlwaysFailingTable = "ods_legacy_events";

        private static readonly string[] Layers = { "ods", "dwd", "dws", "ads", "dim" };

        private static readonly MigrationDb[] MigrationDbs =
        {
            new MigrationDb(61, "retail", "dw_retail", 1, 260, Hourly: false,
                new[] { "orders", "order_items", "customers", "payment", "stores", "products", "promotions", "returns", "inventory", "shipments" }),
            new MigrationDb(62, "finance", "dw_finance", 301, 180, Hourly: false, new[] { "ledger", "invoices", "settlements", "budgets", "accounts", "fx_rates" }),
            new MigrationDb(63, "clickstream", "dw_clickstream", 501, 120, Hourly: true, new[] { "page_views", "clicks", "sessions", "searches", "impressions" }),
            new MigrationDb(64, "staging", "", 701, 12, Hourly: false, new[] { "import" }),
        };

        /// <summary>Table names that are not generated: the failure cases, by table id.</summary>
        private static readonly Dictionary<long, string> SpecialNames = new Dictionary<long, string>
        {
            [42] = "ods_login_failures",
            [117] = "dwd_payment_failures",
            [203] = AlwaysFailingTable,
            [355] = "dws_settlement_failures",
        };

        /// <summary>Where retail's payment tables go: a second project, so a database's tables have two destinations.</summary>
        public const string SecureRetailProject = "dw_retail_secure";

        private static readonly DemoColumn[] LegacyEvents =
        {
            C("ts", "timestamp", "event time", nullable: false),
            C("payload", "uniontype<int,string,array<string>>", "legacy union payload"),
            C("origin", "string", "producing system"),
        };

        /// <summary>The target project a seeded database has before UpdateMmsDb changes it ("" when it has none).</summary>
        public static string SeededDbTarget(long sourceId, string dbName) =>
            (sourceId == MigrationSourceId ? MigrationDbs.FirstOrDefault(d => d.Name == dbName)?.Target : null) ?? "mma_" + dbName;

        private static IEnumerable<DemoTable> MigrationSourceTables()
        {
            var source = new Source(MigrationSourceId, "dw_cluster", "hdfs://dw-master-1:8020/user/hive/warehouse");
            foreach (MigrationDb db in MigrationDbs)
            {
                for (int i = 1; i <= db.TableCount; i++)
                {
                    long id = db.FirstTableId + i - 1;
                    string subject = db.Subjects[(i - 1) / Layers.Length % db.Subjects.Length];
                    string name = SpecialNames.TryGetValue(id, out string? special) ? special
                        : Layers[(i - 1) % Layers.Length] + "_" + subject + "_" + ((i - 1) / (Layers.Length * db.Subjects.Length) + 1).ToString("00");
                    string status = db.Target.Length == 0 || SpecialNames.ContainsKey(id) ? "INIT"
                        : i % 50 == 0 ? "DONE" : i % 37 == 0 ? "PART_DONE" : i % 61 == 0 ? "DOING" : "INIT";
                    bool partitioned = db.Hourly || i % 3 == 0;
                    int total = !partitioned ? 0 : db.Hourly ? 24 * (7 + i % 24) : 30 + i % 60;
                    var parts = status switch
                    {
                        "DONE" => (total, 0, total, 0),
                        "PART_DONE" => (total, 0, total - total / 10, total / 10),
                        "DOING" => (total, total / 4, total / 2, 0),
                        _ => (total, 0, 0, 0),
                    };
                    long size = db.Hourly ? (1 + i * 13 % 41) * 4_294_967_296L : (1 + i * 37 % 97) * 268_435_456L;
                    DemoColumn[] columns = name == AlwaysFailingTable ? LegacyEvents : db.Hourly ? AccessLog : i % 2 == 0 ? Orders : Customers;
                    DemoTable table = source.Table(id, db.Id, db.Name, name, status, columns, !partitioned ? NoKeys : db.Hourly ? DateHourKeys : DateKey, parts,
                        size, rows: size / 120, ddl: "2024-11-" + (1 + i % 28).ToString("00") + " 02:00:00");
                    yield return table with { DstProjectName = subject == "payment" ? SecureRetailProject : db.Target };
                }
            }
        }

        private sealed record MigrationDb(long Id, string Name, string Target, long FirstTableId, int TableCount, bool Hourly, string[] Subjects);
    }
}
