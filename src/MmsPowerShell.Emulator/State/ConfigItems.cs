namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// The configuration keys of each data source type, in English (en_US) or Chinese (zh_CN, the service's default).
    /// Secrets are marked by their type: PASSWORD, or FILE (a keytab or a service account key).
    /// </summary>
    public static class ConfigItems
    {
        public const string Hive = "HIVE";
        public const string BigQuery = "BIGQUERY";

        private sealed record Definition(string Key, string Group, string Type, string? SubType, bool Required, string[] Enums,
            string PlaceHolder, object? Value, string EnName, string EnDesc, string ZhName, string ZhDesc);

        private static readonly Definition[] HiveItems =
        {
            new("hive.metastore.urls", "group.basic", "STRING", null, true, Array.Empty<string>(), "thrift://master-1-1:9083", null,
                "Hive metastore URIs", "Comma-separated thrift URIs of the Hive metastore.", "Hive Metastore 地址", "Hive Metastore 的 thrift 地址，多个用逗号分隔。"),
            new("hive.jdbc.url", "group.basic", "STRING", null, true, Array.Empty<string>(), "jdbc:hive2://master-1-1:10000/default", null,
                "HiveServer2 JDBC URL", "Used to run the Hive UDTF that reads the data.", "HiveServer2 JDBC 地址", "用于运行读取数据的 Hive UDTF。"),
            new("hive.jdbc.username", "group.basic", "STRING", null, false, Array.Empty<string>(), "hive", null,
                "HiveServer2 user", "User name for HiveServer2.", "HiveServer2 用户名", "HiveServer2 的用户名。"),
            new("hive.jdbc.password", "group.basic", "PASSWORD", null, false, Array.Empty<string>(), "", null,
                "HiveServer2 password", "Password for HiveServer2; never shown again once saved.", "HiveServer2 密码", "HiveServer2 的密码，保存后不再显示。"),
            new("hive.version", "group.basic", "ENUM", null, true, new[] { "1.2.1", "2.3.9", "3.1.3" }, "", "3.1.3",
                "Hive version", "Version of the source Hive.", "Hive 版本", "源端 Hive 的版本。"),
            new("security.kerberos.enabled", "group.security", "BOOLEAN", null, false, new[] { "true", "false" }, "", false,
                "Kerberos authentication", "Whether the cluster uses Kerberos.", "Kerberos 认证", "集群是否开启 Kerberos。"),
            new("security.kerberos.principal", "group.security", "STRING", null, false, Array.Empty<string>(), "hive/master-1-1@EMR.COM", null,
                "Kerberos principal", "Principal the keytab belongs to.", "Kerberos Principal", "keytab 对应的 principal。"),
            new("security.kerberos.keytab", "group.security", "FILE", ".keytab", false, Array.Empty<string>(), "", null,
                "Kerberos keytab", "Keytab file of the principal.", "Kerberos keytab 文件", "principal 的 keytab 文件。"),
            new("security.kerberos.krb5.conf", "group.security", "FILE", ".conf", false, Array.Empty<string>(), "", null,
                "krb5.conf", "Kerberos client configuration.", "krb5.conf 文件", "Kerberos 客户端配置。"),
            new("mc.default.project", "group.mc", "STRING", null, true, Array.Empty<string>(), "mma_target", null,
                "Default MaxCompute project", "Target project of databases without a mapping.", "默认 MaxCompute 项目", "未配置映射的库迁移到此项目。"),
            new("mc.endpoint", "group.mc", "STRING", null, true, Array.Empty<string>(), "http://service.cn-shanghai-vpc.maxcompute.aliyun-inc.com/api", null,
                "MaxCompute endpoint", "Endpoint the migration writes to.", "MaxCompute Endpoint", "迁移写入使用的 Endpoint。"),
            new("task.max.concurrency", "group.advanced", "INT", null, false, Array.Empty<string>(), "20", 20,
                "Maximum concurrent tasks", "How many tables migrate at the same time.", "最大并发任务数", "同时迁移的表的数量。"),
        };

        private static readonly Definition[] BigQueryItems =
        {
            new("bigquery.project.id", "group.basic", "STRING", null, true, Array.Empty<string>(), "my-gcp-project", null,
                "Google Cloud project", "Project that holds the datasets.", "Google Cloud 项目", "数据集所在的项目。"),
            new("bigquery.service.account.key", "group.basic", "FILE", ".json", true, Array.Empty<string>(), "", null,
                "Service account key", "JSON key of a service account with BigQuery Read Session User.", "服务账号密钥", "具备 BigQuery Read Session User 权限的服务账号 JSON 密钥。"),
            new("bigquery.location", "group.basic", "ENUM", null, false, new[] { "US", "EU", "asia-east1", "asia-southeast1" }, "", "US",
                "Location", "Location of the datasets.", "数据集位置", "数据集所在的位置。"),
            new("mc.default.project", "group.mc", "STRING", null, true, Array.Empty<string>(), "mma_target", null,
                "Default MaxCompute project", "Target project of datasets without a mapping.", "默认 MaxCompute 项目", "未配置映射的数据集迁移到此项目。"),
            new("mc.endpoint", "group.mc", "STRING", null, true, Array.Empty<string>(), "http://service.cn-shanghai-vpc.maxcompute.aliyun-inc.com/api", null,
                "MaxCompute endpoint", "Endpoint the migration writes to.", "MaxCompute Endpoint", "迁移写入使用的 Endpoint。"),
            new("task.max.concurrency", "group.advanced", "INT", null, false, Array.Empty<string>(), "20", 20,
                "Maximum concurrent tasks", "How many tables migrate at the same time.", "最大并发任务数", "同时迁移的表的数量。"),
        };

        /// <summary>HIVE or BIGQUERY for a sourceType in any case (the SDK's example is "Hive"); null for another type.</summary>
        public static string? Normalize(string? sourceType)
        {
            string? upper = sourceType?.Trim().ToUpperInvariant();
            return upper == Hive || upper == BigQuery ? upper : null;
        }

        /// <param name="type">HIVE or BIGQUERY.</param>
        /// <param name="lang">en_US for English; anything else gets the service's default, Chinese.</param>
        public static IReadOnlyList<ConfigItem> For(string type, string? lang)
        {
            bool english = string.Equals(lang, "en_US", StringComparison.OrdinalIgnoreCase);
            return Definitions(type).Select(d => new ConfigItem(
                d.Key, english ? d.EnName : d.ZhName, english ? d.EnDesc : d.ZhDesc, d.Group, d.Type, d.SubType, d.Required,
                d.Enums, d.PlaceHolder, d.Value, null)).ToList();
        }

        /// <summary>The first key of config that the type does not know, or null.</summary>
        public static string? UnknownKey(string type, IEnumerable<string> keys)
        {
            var known = Definitions(type).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
            return keys.FirstOrDefault(k => !known.Contains(k));
        }

        private static Definition[] Definitions(string type) => type == BigQuery ? BigQueryItems : HiveItems;
    }
}
