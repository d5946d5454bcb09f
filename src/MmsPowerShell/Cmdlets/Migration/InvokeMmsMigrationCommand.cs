using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Migration;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Runs a whole migration: plans the tables in scope into jobs of at most -TablesPerJob tables (by database, then
    /// destination, in table-id order, named &lt;Name&gt;-&lt;database&gt;-&lt;NNN&gt;), keeps at most -MaxRunningJobs of them
    /// running, retries failed ones, and writes one MmsMigrationRun at the end. Running it again continues the run; the
    /// service is the truth, the ledger (-StatePath) a cache, and no job is ever created twice.
    /// </summary>
    // The table set is the default so that piped MmsTable objects bind to -InputObject (exactly those tables): PowerShell
    // tries the default set's pipeline parameters first, and MmsTable also carries the SourceId the source set binds.
    [Cmdlet(VerbsLifecycle.Invoke, "MmsMigration", DefaultParameterSetName = TableSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MmsMigrationRun))]
    public sealed class InvokeMmsMigrationCommand : MmsCmdlet
    {
        private const string SourceSet = "Source";
        private const string TableSet = "Table";

        /// <summary>Between two reads of a metadata scan (-RefreshMetadata).</summary>
        private static readonly TimeSpan ScanPollInterval = TimeSpan.FromMilliseconds(250);

        /// <summary>The longest a throttled run waits between rounds: the poll interval times this.</summary>
        private const int MaxBackOffFactor = 8;

        private readonly List<MmsTable> _tables = new List<MmsTable>();
        private readonly HashSet<long> _sources = new HashSet<long>();
        private readonly List<string> _dbNames = new List<string>();
        private bool _allDatabases;

        /// <summary>-PartitionFilter and -TableMapping as text maps (ordinal keys), converted at the first job that needs them.</summary>
        private IDictionary<string, string>? _partitionFilters;
        private IDictionary<string, string>? _tableMapping;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = SourceSet, ValueFromPipelineByPropertyName = true)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        /// <summary>Databases in scope (wildcards); none means every database of the source.</summary>
        [Parameter(ParameterSetName = SourceSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string[]? DbName { get; set; }

        /// <summary>Table states in scope; DONE and DOING tables are left alone by default.</summary>
        [Parameter(ParameterSetName = SourceSet)]
        [ValidateNotNullOrEmpty]
        [ValidateSet("INIT", "DOING", "DONE", "PART_DONE", "FAILED", IgnoreCase = true)]
        public string[] TableStatus { get; set; } = { "INIT", "FAILED", "PART_DONE" };

        /// <summary>Exactly the tables to move (from Get-MmsTable).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TableSet)]
        [ValidateNotNull]
        public MmsTable[] InputObject { get; set; } = new MmsTable[0];

        /// <summary>The run's name: every job is &lt;Name&gt;-&lt;database&gt;-&lt;NNN&gt;.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ValidatePattern(@"^[^\s'""]+$")]
        public string Name { get; set; } = string.Empty;

        [Parameter]
        [ValidateRange(1, 100000)]
        public int TablesPerJob { get; set; } = 100;

        /// <summary>One destination MaxCompute project for every table.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DestinationProject { get; set; }

        /// <summary>Database name → destination project; databases not in it keep their tables' own destination.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? DestinationMap { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TaskType { get; set; }

        [Parameter]
        public SwitchParameter EnableVerification { get; set; }

        [Parameter]
        public SwitchParameter Increment { get; set; }

        [Parameter]
        public SwitchParameter SchemaOnly { get; set; }

        /// <summary>Table name → partition filter expression (each job gets the entries of its tables).</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? PartitionFilter { get; set; }

        /// <summary>Source table name → destination table name (each job gets the entries of its tables).</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? TableMapping { get; set; }

        /// <summary>Scans the metadata of each database in scope first, and waits for the scans.</summary>
        [Parameter]
        public SwitchParameter RefreshMetadata { get; set; }

        [Parameter]
        [ValidateRange(1, 1000)]
        public int MaxRunningJobs { get; set; } = 4;

        /// <summary>Seconds before the first retry of a failed job; doubled per further attempt, with jitter.</summary>
        [Parameter]
        [ValidateRange(0.0, 86400.0)]
        public double RetryDelaySec { get; set; } = 30;

        /// <summary>How many times a job may run in one run of this command (1 = no retry).</summary>
        [Parameter]
        [ValidateRange(1, 100)]
        public int MaxAttempts { get; set; } = 3;

        [Parameter]
        [ValidateRange(Poller.MinIntervalSec, Poller.MaxIntervalSec)]
        public double PollIntervalSec { get; set; } = 10;

        /// <summary>The ledger file; default ./&lt;Name&gt;.mmsmigration.json.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? StatePath { get; set; }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            // A -SourceId cell of this row that is not an id is an error for the row, before anything else.
            if (!AcceptIdCells())
            {
                return;
            }
            if (ParameterSetName == TableSet)
            {
                foreach (MmsTable table in InputObject.Where(t => t != null))
                {
                    _sources.Add(table.SourceId);
                    _tables.Add(table);
                }
                return;
            }
            _sources.Add(SourceId);
            if (DbName == null)
            {
                _allDatabases = true;
            }
            else
            {
                _dbNames.AddRange(DbName);
            }
        }

        protected override void EndProcessing()
        {
            if (_sources.Count == 0)
            {
                return;
            }
            if (_sources.Count > 1)
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.UnsupportedInput,
                    "A migration run moves the tables of one data source; the input has tables of sources " + string.Join(", ", _sources.OrderBy(s => s)) + ".",
                    _sources.ToArray(), "Run Invoke-MmsMigration once per source, each with its own -Name."));
            }
            long sourceId = _sources.Single();
            string statePath = ResolveStatePath();
            bool whatIf = IsWhatIf();
            // -WhatIf only reads, so it needs no lock and may look at a run that is going on elsewhere.
            MmsMigrationLock? held = whatIf ? null : MmsMigrationLock.TryAcquire(statePath);
            if (!whatIf && held == null)
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.MigrationInProgress,
                    "Migration run '" + Name + "' is in progress in another process (its ledger " + statePath + " is locked); nothing was sent.",
                    new MmsSourceReference(sourceId),
                    "Wait for that run to end, or stop it (Ctrl+C leaves its jobs running; the next run picks them up). The lock is " + MmsMigrationLock.PathFor(statePath) + "."));
            }
            using (held)
            {
                Run(sourceId, statePath, whatIf);
            }
        }

        private void Run(long sourceId, string statePath, bool whatIf)
        {
            MmsMigrationLedger ledger = OpenLedger(sourceId, statePath);
            var orchestrator = new MigrationOrchestrator(Client, ledger, whatIf ? null : statePath, new MigrationRunOptions(sourceId, Name, Define)
            {
                MaxRunningJobs = MaxRunningJobs,
                MaxAttempts = MaxAttempts,
                RetryDelay = TimeSpan.FromSeconds(RetryDelaySec),
                Parallel = ThrottleLimit,
            });
            var target = new MmsSourceReference(sourceId);
            List<MmsTable> scope = ReadScope(sourceId, target, whatIf);
            Await(async token =>
            {
                await orchestrator.OpenAsync(token).ConfigureAwait(false);
                return true;
            }, target);
            MigrationPlan plan = orchestrator.Plan(scope, TablesPerJob, new MigrationDestinations(DestinationProject, Hashtables.ToStringMap(DestinationMap)));
            WriteNotices(orchestrator);
            foreach (MmsTable table in plan.WithoutDestination)
            {
                WriteError(ErrorRecords.Create(MmsErrorIds.MigrationTableNoDestination,
                    "Table " + table + " has no destination project, so no job of run '" + Name + "' takes it.", table,
                    "Give it one with Set-MmsTable -DestinationProject (or Set-MmsDatabase), or pass -DestinationProject or -DestinationMap, then run again."));
            }
            WriteVerbose("Run '" + Name + "': " + plan.NewJobs.Count + " new job(s) for " + plan.NewJobs.Sum(j => j.Tables.Count) + " table(s); " +
                         plan.AlreadyPlanned + " table(s) in scope are already in the run's jobs; ledger " + statePath + ".");
            if (whatIf)
            {
                foreach (var (action, job) in orchestrator.PendingChanges())
                {
                    ShouldProcess(Describe(sourceId, job), action + " migration job '" + job.Name + "'");
                }
                return;
            }
            if (!ShouldProcess("source " + sourceId + ": " + Summary(orchestrator), "Run migration '" + Name + "'"))
            {
                return;
            }
            StartLedger(ledger, sourceId, statePath);
            orchestrator.Save();
            var progress = new MigrationProgressBars(this, Name);
            try
            {
                Drive(orchestrator, progress, target);
                MmsMigrationRun run = Await(token => orchestrator.FinishAsync(token), target);
                progress.Complete();
                WriteNotices(orchestrator);
                WriteFailures(orchestrator, sourceId);
                WriteObject(run);
            }
            finally
            {
                // Ctrl+C (or a failure) stops waiting and leaves the jobs running in the service; the ledger keeps what was seen.
                orchestrator.Save();
            }
        }

        /// <summary>Rounds until the run ends: read, act, show, wait. A throttled read backs the whole poll off.</summary>
        private void Drive(MigrationOrchestrator orchestrator, MigrationProgressBars progress, MmsReference target)
        {
            int backOff = 1;
            while (true)
            {
                bool over = Await(token => orchestrator.StepAsync(token), target);
                WriteNotices(orchestrator);
                progress.Show(orchestrator.Progress());
                if (over)
                {
                    return;
                }
                backOff = orchestrator.BackOff ? Math.Min(MaxBackOffFactor, backOff * 2) : 1;
                TimeSpan wait = TimeSpan.FromSeconds(PollIntervalSec * backOff);
                AwaitOnPipeline(async token =>
                {
                    await Task.Delay(wait, token).ConfigureAwait(false);
                    return true;
                });
            }
        }

        /// <summary>The tables in scope: the piped ones, or the source's (by database and status) read page by page.</summary>
        private List<MmsTable> ReadScope(long sourceId, MmsSourceReference target, bool whatIf)
        {
            if (ParameterSetName == TableSet)
            {
                if (RefreshMetadata)
                {
                    WriteWarning("-RefreshMetadata scans the databases of a -SourceId scope; piped tables are exactly the tables to move, so no metadata scan was started.");
                }
                return _tables;
            }
            List<string>? databases = null;
            if (!_allDatabases && _dbNames.Count > 0)
            {
                databases = ResolveDatabases(sourceId, target);
            }
            if (RefreshMetadata)
            {
                // One "What if:" line (or -Confirm question) per database; -WhatIf sends no scan.
                var approved = (databases ?? ResolveAllDatabases(sourceId, target))
                    .Where(db => ShouldProcess("source " + sourceId + ", database " + ServiceText.Sanitize(db), "Scan metadata"))
                    .ToList();
                if (!whatIf && approved.Count > 0)
                {
                    Refresh(sourceId, approved, target);
                }
            }
            var statuses = TableStatus.Select(s => s.ToUpperInvariant()).Distinct().ToList();
            var progress = new ProgressReporter(MyInvocation.MyCommand.Name, WriteProgress);
            progress.Start();
            try
            {
                progress.Report(0, null, "Reading the tables in scope");
                return Await(token => MigrationScope.ReadTablesAsync(Client, sourceId, databases, statuses, ThrottleLimit, token), target);
            }
            finally
            {
                progress.Complete();
            }
        }

        /// <summary>-DbName patterns against the source's databases; a pattern without wildcards that matches none is an error.</summary>
        private List<string> ResolveDatabases(long sourceId, MmsSourceReference target)
        {
            List<string> all = ResolveAllDatabases(sourceId, target);
            var chosen = new List<string>();
            foreach (string pattern in _dbNames.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var wildcard = new WildcardPattern(pattern, WildcardOptions.IgnoreCase);
                var matched = all.Where(wildcard.IsMatch).ToList();
                if (matched.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(pattern))
                {
                    WriteError(ErrorRecords.Create(MmsErrorIds.DatabaseNotFound, "Source " + sourceId + " has no database '" + pattern + "'.", target,
                        "List its databases with Get-MmsDatabase -SourceId " + sourceId + "."));
                }
                chosen.AddRange(matched);
            }
            return chosen.Distinct(StringComparer.Ordinal).ToList();
        }

        private List<string> ResolveAllDatabases(long sourceId, MmsSourceReference target) =>
            Await(token => MigrationScope.ReadDatabaseNamesAsync(Client, sourceId, ThrottleLimit, token), target);

        /// <summary>
        /// -RefreshMetadata: one scan per database, all at once, then waits for every one to end, so the plan sees the tables
        /// they found. A scan that ends failed is an error for its database (with -ErrorAction Stop the run stops before it
        /// creates anything); otherwise the run plans from the metadata as it is.
        /// </summary>
        private void Refresh(long sourceId, List<string> databases, MmsSourceReference target)
        {
            var scans = new List<MmsScanReference>();
            var databaseOf = new Dictionary<long, string>();
            foreach (string db in databases)
            {
                long scanId = Await(token => Client.CreateScanAsync(sourceId, db, new string[0], token), target);
                scans.Add(new MmsScanReference(sourceId, scanId));
                databaseOf[scanId] = db;
            }
            using (var budget = new WaitBudget(null))
            {
                new Poller<MmsScanReference, MmsMetadataScan>(this, new WaitPlan<MmsScanReference, MmsMetadataScan>
                {
                    Read = (scan, token) => Client.GetScanAsync(scan.SourceId, scan.ScanId, token),
                    HasEnded = state => !state.IsRunning,
                    Progress = (scan, state) => new WaitProgress("Refreshing metadata", "database " + ServiceText.Sanitize(databaseOf[scan.ScanId]) + ": " + state.Status, state.PercentComplete),
                    Ended = (scan, state) =>
                    {
                        if (state.Status == null || !state.Status.EndsWith("DONE", StringComparison.OrdinalIgnoreCase))
                        {
                            WriteError(ErrorRecords.Create(MmsErrorIds.MetadataScanFailed,
                                "The metadata scan " + scan.ScanId + " of database " + ServiceText.Sanitize(databaseOf[scan.ScanId]) + " (source " + sourceId + ") ended " +
                                ServiceText.Sanitize(state.Status ?? "without a status") + ": " + ServiceText.Sanitize(state.ErrorMessage ?? "the service gave no reason").TrimEnd('.') +
                                ". Run '" + Name + "' plans from the metadata as it was before the scan.", scan,
                                "See Get-MmsMetadataScan -SourceId " + sourceId + " -ScanId " + scan.ScanId + "; with -ErrorAction Stop the run stops here, before it creates any job. " +
                                "Fix the cause and run again with -RefreshMetadata."));
                        }
                    },
                    StillIn = state => state.Status ?? "running",
                    TimeoutAction = (scan, _) => "It goes on: check later with " + scan.OutcomeCheck + ".",
                    ReadFailed = (scan, e) => AcceptedChange.Created(scan, "Metadata scan " + scan.ScanId + " of data source " + scan.SourceId).FollowUpError(e),
                }, ScanPollInterval, budget).Run(scans);
            }
        }

        /// <summary>The CreateMmsJob request of a planned job: its chunk, its destination, and the pass-through options.</summary>
        private MmsJobDefinition Define(MmsMigrationRunJob job) => new MmsJobDefinition(job.Name, job.DbName)
        {
            DstDbName = job.DestinationProject,
            TaskType = TaskType,
            Options = new MmsMigrationOptions
            {
                Tables = job.Tables.ToList(),
                PartitionFilters = ForTables(_partitionFilters ??= Hashtables.ToStringMap(PartitionFilter), job),
                TableMapping = ForTables(_tableMapping ??= Hashtables.ToStringMap(TableMapping), job),
                SchemaOnly = BoundValue(nameof(SchemaOnly), SchemaOnly.IsPresent),
                Increment = BoundValue(nameof(Increment), Increment.IsPresent),
                EnableVerification = BoundValue(nameof(EnableVerification), EnableVerification.IsPresent),
            },
        };

        /// <summary>
        /// The entries of a per-table map that concern the job's tables (a 100,000-entry map is not sent with every job).
        /// Looked up by the job's tables in the map converted once per run: a job costs its own tables, not the whole map.
        /// </summary>
        private static IDictionary<string, string>? ForTables(IDictionary<string, string>? all, MmsMigrationRunJob job)
        {
            if (all == null)
            {
                return null;
            }
            var mine = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (string table in job.Tables)
            {
                if (all.TryGetValue(table, out string value))
                {
                    mine[table] = value;
                }
            }
            return mine.Count == 0 ? null : mine;
        }

        private MmsMigrationLedger OpenLedger(long sourceId, string statePath)
        {
            MmsMigrationLedger? ledger;
            try
            {
                ledger = MmsMigrationLedger.Load(statePath);
            }
            catch (MmsConfigurationException e)
            {
                // The target is the file, so the record pipes to Move-Item or Get-Item.
                ThrowTerminatingError(ErrorRecords.Create(e.ErrorId, e.Message, statePath, e.RecommendedAction, e));
                throw;
            }
            if (ledger != null && (ledger.Run.Name != Name || ledger.Run.SourceId != sourceId))
            {
                ThrowTerminatingError(LedgerMismatch(ledger.Run, sourceId, statePath));
            }
            return ledger ?? new MmsMigrationLedger(new MmsMigrationRun { Name = Name, SourceId = sourceId, StatePath = statePath });
        }

        /// <summary>
        /// A ledger of another run (or of the same name on another source): says which of the two differs and how to go on
        /// with either run. Nothing was sent; the jobs are in the service whatever the ledger holds.
        /// </summary>
        private ErrorRecord LedgerMismatch(MmsMigrationRun other, long sourceId, string statePath)
        {
            // The ledger's text is the file's, not ours: cleaned before the terminal.
            string otherName = ServiceText.Sanitize(other.Name);
            bool sameName = other.Name == Name;
            string what = sameName
                ? "The ledger " + statePath + " is run '" + otherName + "' of source " + other.SourceId + ", not of source " + sourceId + " (a run moves the tables of one source)"
                : "The ledger " + statePath + " is run '" + otherName + "' of source " + other.SourceId + ", not run '" + Name + "'";
            string todo = sameName
                ? "To continue that run, pass -SourceId " + other.SourceId + "; to run '" + Name + "' on source " + sourceId + ", pass another -StatePath. "
                : "To continue run '" + otherName + "', pass -Name '" + otherName + "' -SourceId " + other.SourceId + "; to run '" + Name + "', pass another -StatePath (the default is ./" + Name + ".mmsmigration.json). ";
            return ErrorRecords.Create(MmsErrorIds.MigrationLedgerMismatch, what + "; nothing was sent.", statePath,
                todo + "Either way the service is the truth: a run reads its jobs from the service by its name, so no ledger is needed to resume it.");
        }

        /// <summary>Marks the run as going on (so a killed process is told apart from a run that ended) with this call's settings.</summary>
        private void StartLedger(MmsMigrationLedger ledger, long sourceId, string statePath)
        {
            MmsMigrationRun run = ledger.Run;
            run.Name = Name;
            run.SourceId = sourceId;
            run.StatePath = statePath;
            run.State = MmsMigrationRunState.Running;
            run.StartTime = run.StartTime ?? DateTimeOffset.Now;
            run.EndTime = null;
            run.Settings = new MmsList<MmsMigrationSetting>(MyInvocation.BoundParameters
                .Where(p => !IsConnectionParameter(p.Key) && p.Key != nameof(InputObject))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new MmsMigrationSetting(p.Key, SettingText(p.Value))));
        }

        private static bool IsConnectionParameter(string name) =>
            name == nameof(Credential) || name == nameof(SecurityToken) || name == nameof(Endpoint) || name == nameof(ProfileName) || name == nameof(Proxy) ||
            name == "Verbose" || name == "Debug" || name == "ErrorAction" || name == "WarningAction" || name == "InformationAction" ||
            name == "ErrorVariable" || name == "WarningVariable" || name == "InformationVariable" || name == "OutVariable" || name == "OutBuffer" ||
            name == "PipelineVariable" || name == "Confirm" || name == "WhatIf" || name == "ProgressAction";

        private static string SettingText(object? value)
        {
            value = value is PSObject wrapped ? wrapped.BaseObject : value;
            switch (value)
            {
                case SwitchParameter flag:
                    return flag.IsPresent ? "True" : "False";
                case Hashtable table:
                    return string.Join("; ", Hashtables.ToStringMap(table)!.Select(p => p.Key + "=" + p.Value));
                case IEnumerable list when !(value is string):
                    return string.Join(", ", list.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
                default:
                    return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        private void WriteFailures(MigrationOrchestrator orchestrator, long sourceId)
        {
            foreach (var (job, latest) in orchestrator.FinallyFailed())
            {
                object target = (object?)latest ?? new MmsJobReference(sourceId, job.JobId);
                WriteError(ErrorRecords.Create(MmsErrorIds.MigrationJobFailed,
                    "Job '" + job.Name + "' (" + job.JobId + ") of run '" + Name + "' is still FAILED after " + job.Attempts + " attempt(s): " +
                    job.TaskDone + " of " + job.TaskNum + " tables done.", target,
                    "See why with: Get-MmsTask -SourceId " + sourceId + " -JobId " + job.JobId + " | Where-Object Status -like '*FAILED' | Get-MmsTaskLog. " +
                    "Fix the cause and run the same Invoke-MmsMigration again: failed jobs get a fresh -MaxAttempts."));
            }
            foreach (var (job, why) in orchestrator.NotCreated())
            {
                WriteError(ErrorRecords.Create(MmsErrorIds.MigrationJobNotCreated, "Job '" + job.Name + "' of run '" + Name + "' was not created: " + ServiceText.Sanitize(why) + ".",
                    new MmsNewJobReference(sourceId, job.Name),
                    "Check with Get-MmsJob -SourceId " + sourceId + " -Name '" + job.Name + "'; run the same Invoke-MmsMigration again to plan its tables anew."));
            }
        }

        private void WriteNotices(MigrationOrchestrator orchestrator)
        {
            foreach (MigrationNotice notice in orchestrator.TakeNotices())
            {
                // Notices quote service answers (error messages, job names): one sanitizer before the terminal.
                string text = ServiceText.Sanitize(notice.Text);
                if (notice.Kind == MigrationNoticeKind.Warning)
                {
                    WriteWarning(text);
                }
                else
                {
                    WriteVerbose(text);
                }
            }
        }

        private static string Describe(long sourceId, MmsMigrationRunJob job) =>
            "source " + sourceId + ", database " + job.DbName + " -> project " + job.DestinationProject + ", " + job.Tables.Count + " table(s), " +
            MigrationProgressBars.Bytes(job.Bytes) + (job.JobId == 0 ? string.Empty : ", job " + job.JobId);

        private static string Summary(MigrationOrchestrator orchestrator)
        {
            var changes = orchestrator.PendingChanges();
            return changes.Count(c => c.Action == "Create") + " job(s) to create, " + changes.Count(c => c.Action == "Start") + " to start, " +
                   changes.Count(c => c.Action == "Retry") + " to retry";
        }

        private T Await<T>(Func<System.Threading.CancellationToken, Task<T>> call, MmsReference target)
        {
            try
            {
                return AwaitOnPipeline(call);
            }
            catch (MmsApiException e)
            {
                ThrowTerminatingError(ErrorRecords.FromApiError(e, target));
                throw;
            }
        }

        private string ResolveStatePath() =>
            SessionState.Path.GetUnresolvedProviderPathFromPSPath(StatePath ?? "./" + Name + ".mmsmigration.json");

        /// <summary>-WhatIf given, or $WhatIfPreference set: the run only reads.</summary>
        private bool IsWhatIf()
        {
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? value))
            {
                return value is SwitchParameter flag ? flag.IsPresent : LanguagePrimitives.IsTrue(value);
            }
            return LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
        }
    }
}
