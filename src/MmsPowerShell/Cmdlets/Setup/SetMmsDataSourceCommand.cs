using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Renames a data source or changes its config, or tests its connection (UpdateMmsDataSource), then waits for the
    /// service's asynchronous task (GetMmsAsyncTask) and reports how it ended.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "MmsDataSource", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsAsyncTask), typeof(MmsDataSource))]
    public sealed class SetMmsDataSourceCommand : MmsSourceWaitingCmdlet
    {
        private readonly RepeatedSources _repeated = new RepeatedSources();

        private readonly Dictionary<string, IReadOnlyList<MmsDataSourceConfigItem>> _itemsByType =
            new Dictionary<string, IReadOnlyList<MmsDataSourceConfigItem>>(StringComparer.Ordinal);

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? NewName { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(ConfigKeyCompleter))]
        [ValidateSendableHashtable(TypedValues = true)]
        public Hashtable? Config { get; set; }

        /// <summary>The source's type, for completing and checking -Config; when absent it is read from the source.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceTypeCompleter))]
        public string? Type { get; set; }

        [Parameter]
        public SwitchParameter Test { get; set; }

        public SetMmsDataSourceCommand()
            : base(AsyncTaskPollSec)
        {
        }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (!Test && NewName == null && (Config == null || Config.Count == 0))
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.NothingToChange, "Nothing to change: give -NewName or -Config, or -Test.", null));
            }
        }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (!AcceptIdCells())
            {
                return;
            }
            long sourceId = SourceId;
            if (_repeated.Seen(sourceId, WriteVerbose))
            {
                return;
            }
            var target = new MmsSourceReference(sourceId);
            var config = new DataSourceConfig(Config);
            var changes = new ChangeList().Add("Name", NewName);
            config.Describe(changes);
            string action = Test ? "Test the connection" + (changes.IsEmpty ? string.Empty : " with " + changes) : "Set " + changes;
            if (!this.ShouldChange(target.ToString(), action) || (config.Count > 0 && !Check(sourceId, config, target)))
            {
                return;
            }
            long asyncTaskId;
            try
            {
                asyncTaskId = AwaitOnPipeline(token => Client.UpdateDataSourceAsync(sourceId, NewName, config.Values, Test, token));
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e.Redacted(config.Redact), target));
                return;
            }
            WaitFor(new MmsAsyncTaskReference(sourceId, asyncTaskId), target, config);
        }

        private void WaitFor(MmsAsyncTaskReference task, MmsSourceReference source, DataSourceConfig config)
        {
            string what = Test ? "Testing the connection of " + source : "Updating " + source;
            WaitUntilEnded(new[] { task }, new WaitPlan<MmsAsyncTaskReference, MmsAsyncTask>
            {
                Read = (target, token) => Client.GetAsyncTaskAsync(target.SourceId, target.AsyncTaskId, token),
                HasEnded = t => !t.Running,
                Progress = (_, t) => new WaitProgress(what, t.Status ?? "running", t.Progress),
                Ended = (_, t) => Finished(t, source, config),
                Name = (_, _) => what,
                StillIn = t => t.Status ?? "running",
                TimeoutAction = (_, _) => Test ? "It goes on; test again later with Set-MmsDataSource -SourceId " + source.SourceId + " -Test."
                                               : "It goes on; check later with " + source.OutcomeCheck + ".",
            });
        }

        private void Finished(MmsAsyncTask task, MmsSourceReference source, DataSourceConfig config)
        {
            if (task.Failed)
            {
                string reason = config.Redact(task.ErrorMessage ?? task.Status ?? "no message");
                WriteError(Test
                    ? ErrorRecords.Create(MmsErrorIds.DataSourceTestFailed, "The connection test of " + source + " failed: " + reason, source,
                        "Correct the configuration (Set-MmsDataSource -Config) and test again.")
                    : ErrorRecords.Create(MmsErrorIds.DataSourceUpdateFailed, "The update of " + source + " failed: " + reason, source,
                        "Check the configuration with Get-MmsDataSourceConfigItem and try again."));
                return;
            }
            if (Test)
            {
                WriteObject(task);
            }
            else if (PassThru)
            {
                QueueRequest(token => ReadAfterAsync(AcceptedChange.Changed(source), () => Client.GetDataSourceAsync(source.SourceId, token)), source,
                    s => WriteObject(s));
                DrainWindow();
            }
        }

        /// <summary>Checks -Config against the items of the source's type (read from the source when -Type is not given).</summary>
        private bool Check(long sourceId, DataSourceConfig config, MmsSourceReference target)
        {
            try
            {
                string type = (Type ?? AwaitOnPipeline(token => Client.GetDataSourceAsync(sourceId, token)).Type ?? string.Empty).Trim().ToUpperInvariant();
                if (!_itemsByType.TryGetValue(type, out IReadOnlyList<MmsDataSourceConfigItem>? items))
                {
                    items = AwaitOnPipeline(token => Client.ListDataSourceConfigItemsAsync(type, ConfigItemLanguages.English, token));
                    _itemsByType[type] = items;
                }
                IReadOnlyList<ErrorRecord> problems = config.Validate(items, requireAll: false, type, target);
                foreach (ErrorRecord problem in problems)
                {
                    WriteError(problem);
                }
                return problems.Count == 0;
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, target));
                return false;
            }
        }
    }
}
