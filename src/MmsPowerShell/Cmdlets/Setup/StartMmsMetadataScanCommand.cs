using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Starts metadata scans (CreateMmsFetchMetadataJob) and, with -Wait, follows them to the end (GetMmsFetchMetadataJob).</summary>
    [Cmdlet(VerbsLifecycle.Start, "MmsMetadataScan", SupportsShouldProcess = true)]
    [OutputType(typeof(MmsMetadataScan))]
    public sealed class StartMmsMetadataScanCommand : MmsSourceWaitingCmdlet
    {
        public StartMmsMetadataScanCommand()
            : base(ScanPollSec)
        {
        }

        /// <summary>Binds by property name, so a piped database scans itself.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string? DbName { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TableNameCompleter))]
        public string[]? TableName { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

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
            string? dbName = DbName;
            string[] tables = TableName ?? new string[0];
            var target = new MmsScanStartReference(sourceId, dbName);
            string scope = dbName == null ? "the whole source" : tables.Length == 0 ? "database " + dbName : "database " + dbName + ", tables " + string.Join(", ", tables);
            if (!this.ShouldChange("data source " + sourceId + " (" + scope + ")", "Start a metadata scan"))
            {
                return;
            }
            long scanId;
            try
            {
                scanId = AwaitOnPipeline(token => Client.CreateScanAsync(sourceId, dbName, tables, token));
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, target));
                return;
            }
            var scan = new MmsScanReference(sourceId, scanId);
            if (!Wait)
            {
                QueueRequest(token => ReadAfterAsync(AcceptedChange.Created(scan, "Metadata scan " + scanId + " of data source " + sourceId),
                    () => Client.GetScanAsync(sourceId, scanId, token)), scan, s => WriteObject(s));
                return;
            }
            DrainWindow();
            WaitFor(scan);
        }

        private void WaitFor(MmsScanReference scan) =>
            WaitUntilEnded(new[] { scan }, new WaitPlan<MmsScanReference, MmsMetadataScan>
            {
                Read = (target, token) => Client.GetScanAsync(target.SourceId, target.ScanId, token),
                HasEnded = s => !s.IsRunning,
                Progress = (target, s) => new WaitProgress("Scanning metadata of " + target, (s.Status ?? "running") + ", " + s.PercentComplete + "%", s.PercentComplete),
                Ended = Finished,
                Name = (target, _) => "The metadata scan (" + target + ")",
                StillIn = s => s.Status ?? "running",
                TimeoutAction = (target, _) => "It goes on: check later with " + target.OutcomeCheck + ".",
                ReadFailed = (target, e) => AcceptedChange.Created(target, "Metadata scan " + target.ScanId + " of data source " + target.SourceId).FollowUpError(e),
            });

        private void Finished(MmsScanReference scan, MmsMetadataScan result)
        {
            // No full list of statuses is published: a scan that ends with an error message or a *FAIL* status failed.
            if (result.ErrorMessage == null && (result.Status ?? string.Empty).IndexOf("FAIL", StringComparison.OrdinalIgnoreCase) < 0)
            {
                WriteObject(result);
                return;
            }
            WriteError(ErrorRecords.Create(MmsErrorIds.MetadataScanFailed,
                "The metadata scan (" + scan + ") ended " + (result.Status ?? "without a status") + ": " + (result.ErrorMessage ?? "no message").TrimEnd('.') + ".",
                scan, "Check the database and table names, then run Start-MmsMetadataScan again."));
        }
    }
}
