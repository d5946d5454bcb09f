namespace MmsPowerShell.Emulator
{
    /// <summary>Which tables a CreateMmsJob (or timer) body migrates, or why it cannot: the errors the async task reports.</summary>
    public sealed class JobScope
    {
        private JobScope(DemoDatabase db, string type, IReadOnlyList<DemoTable> tables)
        {
            Db = db;
            Type = type;
            Tables = tables;
        }

        public DemoDatabase Db { get; }

        /// <summary>Tables when tables are named, Partitions when partition ids are, else Database (every table, after the black/white lists).</summary>
        public string Type { get; }
        public IReadOnlyList<DemoTable> Tables { get; }

        /// <summary>
        /// What a job without dstDbName shows as its destination: the project its tables share, or empty when they
        /// differ (each task still names its own). The database's own target plays no part: a table's destination
        /// is where its job goes, so what Get-MmsTable shows is what happens.
        /// </summary>
        public string SharedDestination
        {
            get
            {
                var projects = Tables.Select(t => t.DstProjectName).Distinct(StringComparer.Ordinal).ToList();
                return projects.Count == 1 ? projects[0] : string.Empty;
            }
        }

        /// <summary>The scope, or null with the error message.</summary>
        public static JobScope? Resolve(DemoCatalog catalog, TableStore store, long sourceId, JobRequest request, out string? error)
        {
            error = null;
            if (string.IsNullOrWhiteSpace(request.SrcDbName))
            {
                error = "srcDbName is required: name the source database to migrate.";
                return null;
            }
            DemoDatabase? db = catalog.Databases.FirstOrDefault(d => d.SourceId == sourceId && d.Name == request.SrcDbName);
            if (db == null)
            {
                error = "Database " + request.SrcDbName + " not found in data source " + sourceId + ".";
                return null;
            }
            var inDb = store.Tables.Where(t => t.SourceId == sourceId && t.DbId == db.Id).OrderBy(t => t.Id).ToList();
            if (request.Partitions is { Length: > 0 })
            {
                var ids = new List<long>();
                foreach (long partition in request.Partitions)
                {
                    DemoPartition? found = DemoPartitions.Find(store, sourceId, partition);
                    if (found == null || found.DbId != db.Id)
                    {
                        error = "Partition " + partition + " not found in database " + db.Name + ".";
                        return null;
                    }
                    ids.Add(found.TableId);
                }
                return new JobScope(db, "Partitions", inDb.Where(t => ids.Contains(t.Id)).ToList());
            }
            if (request.Tables is { Length: > 0 })
            {
                string? missing = request.Tables.FirstOrDefault(name => inDb.All(t => t.Name != name));
                if (missing != null)
                {
                    error = "Table " + missing + " not found in database " + db.Name + ".";
                    return null;
                }
                return new JobScope(db, "Tables", inDb.Where(t => request.Tables.Contains(t.Name)).ToList());
            }
            IEnumerable<DemoTable> all = inDb;
            // As the service documents it: with both lists, only the blacklist applies.
            if (request.TableBlackList is { Length: > 0 })
            {
                all = all.Where(t => !request.TableBlackList.Contains(t.Name));
            }
            else if (request.TableWhiteList is { Length: > 0 })
            {
                all = all.Where(t => request.TableWhiteList.Contains(t.Name));
            }
            var tables = all.ToList();
            if (tables.Count == 0)
            {
                error = "No table of database " + db.Name + " is left to migrate.";
                return null;
            }
            return new JobScope(db, "Database", tables);
        }
    }
}
