using System.IO;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Migration;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Reports;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Writes a migration run as one self-contained HTML page: a run piped in, a run's ledger (-StatePath), or the run
    /// read from the service (-SourceId, -Name). File handling follows Out-File and Export-Csv: an existing file is
    /// replaced unless -NoClobber, a read-only one only with -Force, and the page is written whole or not at all.
    /// </summary>
    [Cmdlet(VerbsData.Export, "MmsMigrationReport", DefaultParameterSetName = InputSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportMmsMigrationReportCommand : MmsCmdlet
    {
        private const string InputSet = "InputObject";
        private const string LedgerSet = "StatePath";
        private const string ServiceSet = "Service";

        private bool _wroteOne;

        /// <summary>The HTML file to write.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>A run from Invoke-MmsMigration.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputSet)]
        [ValidateNotNull]
        public MmsMigrationRun? InputObject { get; set; }

        /// <summary>A run's ledger file, as Invoke-MmsMigration -StatePath wrote it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LedgerSet)]
        [ValidateNotNullOrEmpty]
        public string StatePath { get; set; } = "";

        /// <summary>The data source whose jobs the report shows (read from the service).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        /// <summary>The run's name: only its jobs (&lt;Name&gt;-&lt;database&gt;-&lt;NNN&gt;); without it, every job of the data source.</summary>
        [Parameter(ParameterSetName = ServiceSet)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Replace the file even when it is read-only.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Never replace an existing file: an existing file is an error.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Writes the report's FileInfo.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

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
            if (_wroteOne && ParameterSetName == InputSet)
            {
                // A second run would replace the first in the same file: a report is one run.
                WriteError(ErrorRecords.Create(MmsErrorIds.UnsupportedInput,
                    "Export-MmsMigrationReport writes one run per file; " + InputObject + " was not written to " + Path + ".",
                    InputObject, "Export each run to its own file, e.g. ForEach-Object { $_ | Export-MmsMigrationReport -Path \"$($_.Name).html\" }."));
                return;
            }
            string path = TargetFile();
            if (!ShouldProcess(path, "Write migration report"))
            {
                return;
            }
            MmsMigrationRun run = ReadRun();
            Write(path, MigrationReport.Render(run, DateTimeOffset.Now, TimeZoneInfo.Local));
            _wroteOne = true;
            if (PassThru)
            {
                WriteObject(new FileInfo(path));
            }
        }

        /// <summary>The full path of -Path, checked before anything is read: its folder must exist and the file be replaceable.</summary>
        private string TargetFile()
        {
            string path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            string folder = System.IO.Path.GetDirectoryName(path) ?? path;
            if (!Directory.Exists(folder))
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.ReportFolderNotFound,
                    "The folder " + folder + " does not exist, so the report " + path + " cannot be written.", Path, "Create the folder first (New-Item -ItemType Directory), or give a -Path in a folder that exists."));
            }
            if (Directory.Exists(path))
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.ReportFileExists,
                    path + " is a folder; the report needs a file name.", Path, "Give a file name, e.g. -Path " + System.IO.Path.Combine(Path, "report.html") + "."));
            }
            if (File.Exists(path))
            {
                if (NoClobber)
                {
                    ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.ReportFileExists,
                        "The file " + path + " already exists and -NoClobber was given, so it was left alone.", Path, "Give another -Path, or leave out -NoClobber to replace it."));
                }
                if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0 && !Force)
                {
                    ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.ReportFileReadOnly,
                        "The file " + path + " is read-only.", Path, "Add -Force to replace it anyway."));
                }
            }
            return path;
        }

        private MmsMigrationRun ReadRun()
        {
            switch (ParameterSetName)
            {
                case LedgerSet:
                    return ReadLedger();
                case ServiceSet:
                    return AwaitOnPipeline(token => ReportRunReader.ReadAsync(Client, SourceId, Name, token));
                default:
                    return InputObject!;
            }
        }

        private MmsMigrationRun ReadLedger()
        {
            string ledgerPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(StatePath);
            try
            {
                MmsMigrationRun? run = MmsMigrationLedger.ReadRun(ledgerPath);
                if (run == null)
                {
                    ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.MigrationLedgerNotFound,
                        "There is no migration ledger at " + ledgerPath + ".", StatePath,
                        "Give the -StatePath Invoke-MmsMigration used (default ./<Name>.mmsmigration.json), or read the run from the service with -SourceId and -Name."));
                }
                return run!;
            }
            catch (MmsConfigurationException e)
            {
                ThrowTerminatingError(ErrorRecords.FromConfigurationError(e));
                throw; // not reached: ThrowTerminatingError always throws
            }
        }

        private void Write(string path, string page)
        {
            try
            {
                if (Force && File.Exists(path))
                {
                    File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
                }
                ReportFile.Write(path, page, overwrite: !NoClobber);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                bool exists = NoClobber && File.Exists(path);
                ThrowTerminatingError(ErrorRecords.Create(exists ? MmsErrorIds.ReportFileExists : MmsErrorIds.ReportWriteFailed,
                    "The report " + path + " was not written: " + e.Message + " Nothing was left half-written.", Path,
                    exists ? "Give another -Path, or leave out -NoClobber to replace it." : "Check the folder's permissions and free space.", e));
            }
        }
    }
}
