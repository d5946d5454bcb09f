namespace MmsPowerShell.Emulator
{
    /// <summary>The statuses a migration task goes through, one per tick, and what each step writes to the task log.</summary>
    public static class TaskSteps
    {
        public const string Init = "INIT";
        public const string Done = "DONE";
        public const string DataDoing = "DATA_DOING";
        public const string DataDone = "DATA_DONE";
        public const string DataFailed = "DATA_FAILED";

        /// <summary>INIT, the schema, data and verification phases the job asks for, then DONE.</summary>
        public static IReadOnlyList<string> Plan(JobRequest request)
        {
            var plan = new List<string> { Init };
            if (request.EnableSchemaMigration != false)
            {
                plan.Add("SCHEMA_DOING");
                plan.Add("SCHEMA_DONE");
            }
            if (request.EnableDataMigration != false && request.SchemaOnly != true)
            {
                plan.Add(DataDoing);
                plan.Add(DataDone);
            }
            if (request.EnableVerification == true)
            {
                plan.Add("VERIFICATION_DOING");
                plan.Add("VERIFICATION_DONE");
            }
            plan.Add(Done);
            return plan;
        }

        public static string Next(IReadOnlyList<string> plan, string status)
        {
            for (int i = 0; i + 1 < plan.Count; i++)
            {
                if (plan[i] == status)
                {
                    return plan[i + 1];
                }
            }
            return Done;
        }

        /// <summary>The log entry's action and message for entering a status.</summary>
        public static (string Action, string Msg) Describe(string status, MigrationTask task, DemoTable table)
        {
            string source = table.DbName + "." + table.Name;
            string target = task.DstDbName + "." + (task.Job.DstSchemaName ?? "default") + "." + task.DstTableName;
            string rows = table.NumRows.ToString(CultureInfo.InvariantCulture);
            return status switch
            {
                "SCHEMA_DOING" => ("create schema", "create table if not exists " + target + " like hive table " + source),
                "SCHEMA_DONE" => ("create schema", "table " + target + " created with " + table.Schema.Columns.Length + " columns"),
                DataDoing => ("copy data", "copying " + (table.HasPartitions ? table.Partitions + " partitions" : "the table") + " of " + source + " to " + target),
                DataDone => ("copy data", "copied " + rows + " rows to " + target),
                "VERIFICATION_DOING" => ("verify", "comparing row counts of " + source + " and " + target),
                "VERIFICATION_DONE" => ("verify", "row counts match: source " + rows + ", destination " + rows),
                Done => ("finish", "task done"),
                _ => throw new ArgumentException("no step enters " + status),
            };
        }

        /// <summary>Why the data step of a table whose name asks for it (contains "fail") fails: a plausible Hive error.</summary>
        public static string HiveFailure(DemoTable table) =>
            "FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.mr.MapRedTask. " +
            "java.io.IOException: org.apache.hadoop.hdfs.BlockMissingException: Could not obtain block: " +
            "BP-1719845238-10.0.0.12-1700000000000:blk_1073741999_1175 file=" + table.Location.Trim() + "/000000_0";

        /// <summary>The first step that writes to the target: creating the table, or the data copy when the job skips the schema.</summary>
        public static string? FirstTargetStep(IReadOnlyList<string> plan) =>
            plan.Contains("SCHEMA_DONE") ? "SCHEMA_DONE" : plan.Contains(DataDone) ? DataDone : null;

        /// <summary>A column whose Hive type MaxCompute has no equivalent for (uniontype), or null.</summary>
        public static DemoColumn? UnsupportedColumn(DemoTable table) =>
            table.Schema.Columns.FirstOrDefault(c => c.Type.StartsWith("uniontype", StringComparison.OrdinalIgnoreCase));

        /// <summary>Why creating the target fails for such a column: MaxCompute's parser refuses the type, on every attempt.</summary>
        public static string UnsupportedTypeFailure(MigrationTask task, DemoColumn column) =>
            "FAILED: ODPS-0130161:[1,64] Parse exception - invalid type '" + column.Type + "' of column '" + column.Name +
            "' in create table " + task.Job.DstDbName + "." + (task.Job.DstSchemaName ?? "default") + "." + task.DstTableName;

        /// <summary>Why a task fails when a jobfail fault hits it: the target refuses the write.</summary>
        public static string TargetFailure(MigrationTask task) =>
            "ODPS-0420095: Access Denied - Authorization Failed [4019], You have NO privilege 'odps:Update' on " +
            "{acs:odps:*:projects/" + task.DstDbName + "/tables/" + task.DstTableName + "}.";
    }
}
