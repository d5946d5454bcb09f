namespace MmsPowerShell.Emulator
{
    /// <summary>What CreateMmsDataSource, UpdateMmsDataSource and DeleteMmsDataSource changed: new sources, names, configs, deletions.</summary>
    public sealed class DataSourceStore
    {
        /// <summary>The config the demo (Hive) sources have before anyone updates it.</summary>
        private static readonly Dictionary<string, JsonElement> DemoHiveConfig = new Dictionary<string, JsonElement>
        {
            ["hive.metastore.urls"] = JsonSerializer.SerializeToElement("thrift://master-1-1.c-c127cd184bb029ea.cn-zhangjiakou.emr.aliyuncs.com:9083"),
            ["hive.jdbc.url"] = JsonSerializer.SerializeToElement("jdbc:hive2://master-1-1.c-c127cd184bb029ea.cn-zhangjiakou.emr.aliyuncs.com:10000/default"),
            ["hive.version"] = JsonSerializer.SerializeToElement("3.1.3"),
            ["mc.endpoint"] = JsonSerializer.SerializeToElement("http://service.cn-zhangjiakou-vpc.maxcompute.aliyun-inc.com/api"),
        };

        private readonly TableStore _tables;
        private readonly object _lock = new object();
        private readonly SortedDictionary<long, DemoDataSource> _created = new SortedDictionary<long, DemoDataSource>();
        private readonly Dictionary<long, Dictionary<string, JsonElement>> _configs = new Dictionary<long, Dictionary<string, JsonElement>>();
        private readonly Dictionary<long, string> _names = new Dictionary<long, string>();
        private readonly HashSet<long> _deleted = new HashSet<long>();
        private readonly IdSequence _ids = new IdSequence(2000100);

        public DataSourceStore(TableStore tables)
        {
            _tables = tables;
        }

        public IReadOnlyList<DemoDataSource> Created
        {
            get
            {
                lock (_lock)
                {
                    return _created.Values.ToList();
                }
            }
        }

        public bool IsDeleted(long sourceId)
        {
            lock (_lock)
            {
                return _deleted.Contains(sourceId);
            }
        }

        /// <summary>The source's name after renames, or null when it was never renamed.</summary>
        public string? NameOf(long sourceId)
        {
            lock (_lock)
            {
                return _names.TryGetValue(sourceId, out string? name) ? name : null;
            }
        }

        /// <summary>Creates a source with no databases yet; returns its id.</summary>
        public long Create(string name, string type, string networklink, Dictionary<string, JsonElement> config)
        {
            lock (_lock)
            {
                long id = _ids.Next();
                string now = EmulatorTime.Local(DateTime.UtcNow);
                int colon = networklink.LastIndexOf(':');
                string region = colon >= 0 && colon + 1 < networklink.Length ? networklink.Substring(colon + 1) : "cn-hangzhou";
                string project = config.TryGetValue("mc.default.project", out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "mma_" + name;
                _created.Add(id, new DemoDataSource(id, name, type, region, "INIT", null, true, now, now, networklink, project, new[] { project }, 0,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "INIT"));
                _configs[id] = new Dictionary<string, JsonElement>(config);
                return id;
            }
        }

        /// <summary>Renames the source and merges config into its stored config.</summary>
        public void Update(long sourceId, string? name, Dictionary<string, JsonElement>? config)
        {
            lock (_lock)
            {
                if (!string.IsNullOrEmpty(name))
                {
                    _names[sourceId] = name;
                }
                foreach (var (key, value) in config ?? new Dictionary<string, JsonElement>())
                {
                    ConfigOf(sourceId)[key] = value;
                }
            }
        }

        /// <summary>The stored config merged with config (which wins), for a connection test.</summary>
        public IReadOnlyDictionary<string, JsonElement> Merged(long sourceId, Dictionary<string, JsonElement>? config)
        {
            lock (_lock)
            {
                var merged = new Dictionary<string, JsonElement>(ConfigOf(sourceId));
                foreach (var (key, value) in config ?? new Dictionary<string, JsonElement>())
                {
                    merged[key] = value;
                }
                return merged;
            }
        }

        public void Delete(long sourceId)
        {
            lock (_lock)
            {
                _deleted.Add(sourceId);
            }
            _tables.RemoveSource(sourceId);
        }

        private Dictionary<string, JsonElement> ConfigOf(long sourceId)
        {
            if (!_configs.TryGetValue(sourceId, out Dictionary<string, JsonElement>? config))
            {
                config = new Dictionary<string, JsonElement>(DemoHiveConfig);
                _configs[sourceId] = config;
            }
            return config;
        }
    }
}
