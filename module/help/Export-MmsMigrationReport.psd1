# Help for Export-MmsMigrationReport; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Writes a migration run as one self-contained HTML report for people who never open a terminal.'
    Description = @'
Export-MmsMigrationReport writes one HTML file that a runbook can attach to a mail, archive or publish: headline cards (tables done, failed and planned; bytes done of planned; the time taken; while the run is live, an estimate of the time left at the throughput so far), progress by database as bar charts (tables and bytes), the jobs (name, database and destination project, status, attempts, tasks done of all, start and end), the failed tables with the last log line of each failed task and the Restart-MmsTask command that retries it, and the run's settings with the time the report was made and its time zone.

The run comes from the pipeline (the MmsMigrationRun that Invoke-MmsMigration writes), from a run's ledger (-StatePath), or from the service (-SourceId, with -Name for one run's jobs; without -Name, every job of the data source). With -SourceId it reads the jobs, their tasks, the last log line of each failed task and the tables' sizes.

The page needs no script and fetches nothing: styles and charts (SVG) are inline and fonts are the reader's own. A Content-Security-Policy in the page forbids scripts and every remote load, and every text that came from the service or the user (names, log lines, settings) is HTML-encoded, so a log line such as <script> shows as text. It prints on A4 and reads on a phone. Long lists (more than 50 jobs or failed tables, more than 30 databases) are summarised, with the full list behind a fold.

Files are handled as Out-File and Export-Csv handle them: an existing file is replaced, unless -NoClobber (then MmsReportFileExists); a read-only file is replaced only with -Force (else MmsReportFileReadOnly); a -Path in a folder that does not exist is MmsReportFolderNotFound. The page is written to a temporary file in the same folder and then renamed, so a failure never leaves half a report. -WhatIf reads and writes nothing.
'@
    Parameters  = @{
        Path        = 'The HTML file to write, e.g. ./nightly.html. Its folder must exist.'
        InputObject = 'A migration run (MmsMigrationRun), e.g. the output of Invoke-MmsMigration. A report holds one run: a second run piped in is an MmsUnsupportedInput error and is not written.'
        StatePath   = 'The ledger of a run, the JSON file Invoke-MmsMigration -StatePath writes (default ./<Name>.mmsmigration.json). The report shows the run as the ledger last saw it. A path with no file is MmsMigrationLedgerNotFound; a file that is not a ledger is MmsMigrationLedgerUnreadable.'
        SourceId    = 'The id of the MMA data source to read the run from (the service is the truth). Binds from the pipeline by property name, so a data source can be piped in. Tab completion offers the data sources.'
        Name        = 'The run''s name: the report shows only the jobs named <Name>-<database>-<NNN>. Without it, the report shows every job of the data source.'
        Force       = 'Replace the file even when it is read-only.'
        NoClobber   = 'Never replace an existing file: an existing file is the error MmsReportFileExists and stays as it was.'
        PassThru    = 'Write the report''s FileInfo, e.g. to attach it to a mail.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsMigrationRun'; Description = 'A run from Invoke-MmsMigration.' }
        @{ Type = 'System.Int64'; Description = 'A SourceId property (e.g. of an MmsDataSource) binds to -SourceId.' }
    )
    Outputs     = @(
        @{ Type = 'System.IO.FileInfo'; Description = 'With -PassThru, the report file.' }
    )
    Notes       = @'
Permissions for -SourceId: odps:ListMmsJobs, odps:ListMmsTasks, odps:ListMmsTaskLogs and odps:ListMmsTables on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Run a migration and write its report'
            Code    = @'
Invoke-MmsMigration -SourceId 2000028 -Name nightly |
    Export-MmsMigrationReport -Path ./nightly.html
'@
            Remarks = 'Writes nightly.html with the run as it ended: counts, charts by database, jobs and failed tables.'
        }
        @{
            Title   = 'Report on a run that is still going, from another session'
            Code    = @'
Export-MmsMigrationReport -SourceId 2000028 -Name nightly `
    -Region cn-hangzhou -Path ./nightly-now.html
'@
            Remarks = 'Reads the run''s jobs, tasks and failed tasks'' last log lines from the service; the page shows the time left at the throughput so far.'
        }
        @{
            Title   = 'From the ledger, without calling the service'
            Code    = @'
Export-MmsMigrationReport -StatePath ./nightly.mmsmigration.json `
    -Path ./nightly.html -NoClobber
'@
            Remarks = 'Draws the run as its ledger last saw it; -NoClobber keeps an earlier report of the same name.'
        }
        @{
            Title   = 'Mail the report from a runbook'
            Code    = @'
$report = Export-MmsMigrationReport -StatePath ./nightly.mmsmigration.json `
    -Path "./nightly-$(Get-Date -Format yyyyMMdd).html" -PassThru
Send-MailMessage -To owners@example.com -Subject 'Migration report' `
    -Attachments $report.FullName -SmtpServer smtp.example.com
'@
            Remarks = 'The file is self-contained: it opens in any browser and mail client, offline.'
        }
    )
    Links       = @('Invoke-MmsMigration', 'Measure-MmsMigration', 'Restart-MmsTask')
}
