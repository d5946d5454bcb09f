@{
    Synopsis    = 'Refreshes what MMA knows of a data source: starts a metadata scan and, with -Wait, waits for it.'
    Description = @'
Start-MmsMetadataScan calls CreateMmsFetchMetadataJob for a data source: the whole source, one database (-DbName), or some tables of it (-TableName). It writes the new scan as GetMmsFetchMetadataJob reads it (an MmsMetadataScan, usually still SCAN_DOING), so it pipes on to Get-MmsMetadataScan.

With -Wait it polls the scan every -PollIntervalSec with a progress bar (the service counts progress from 1 to 10000; the bar shows percent) until the status leaves *_DOING, then writes the finished scan, whose Result holds the databases, tables and partitions found (parsed from the JSON text the service sends). A scan that ends failed is a non-terminating error, MmsMetadataScanFailed, with the service's errorMsg and a TargetObject with SourceId and ScanId; a scan still running after -WaitTimeoutSec is MmsWaitTimeout. Ctrl+C stops the wait at once (the scan goes on).

-WhatIf sends no request. A start that was sent but never answered is not sent again: the error says a scan may have started and how to check (Get-MmsDataSource -SourceId ... | Get-MmsMetadataScan).
'@
    Parameters  = @{
        SourceId        = 'The id of the data source to scan. Binds from the pipeline by property name, so data sources from Get-MmsDataSource can be piped in.'
        DbName          = 'Scans only this database (schema or dataset). Binds from the pipeline by property name, so databases from Get-MmsDatabase scan themselves. Without it, the whole source is scanned.'
        TableName       = 'Scans only these tables of -DbName (new names are added to MMA when the source has them).'
        Wait            = 'Waits until the scan ends, with a progress bar, and writes the finished scan.'
        WaitTimeoutSec  = 'With -Wait, the seconds to wait in all, reads included; without it, the wait lasts until the scan ends or Ctrl+C.'
        PollIntervalSec = 'With -Wait, the seconds between two reads of the scan (default 2).'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources: each is scanned whole.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDatabase'; Description = 'Databases: each is scanned.' }
    )
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsMetadataScan'; Description = 'The scan: as started, or with -Wait as finished.' })
    Notes       = 'Permissions: odps:CreateMmsFetchMetadataJob and odps:GetMmsFetchMetadataJob on the data source.'
    Examples    = @(
        @{
            Title   = 'Refresh one database and wait'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$scan = Start-MmsMetadataScan -SourceId 2000028 -DbName sales -Wait @c
$scan.Result
Get-MmsTable -SourceId 2000028 -DbName sales -Name new_* @c
'@
            Remarks = 'Shows a progress bar while the scan runs, then writes it as SCAN_DONE; its Result counts what was scanned, and the emulator adds the tables new_events_<scanId> and failover_log_<scanId> it found.'
        }
        @{
            Title   = 'Scan two tables; stop a runbook when the scan fails'
            Code    = @'
Start-MmsMetadataScan -SourceId 2000028 -DbName sales `
    -TableName orders, refunds -Wait -ErrorAction Stop @c
'@
            Remarks = 'refunds is not in MMA yet: the scan adds it. A scan that fails throws MmsMetadataScanFailed with the service''s message.'
        }
        @{
            Title   = 'Start scans of every data source without waiting'
            Code    = "Get-MmsDataSource @c | Start-MmsMetadataScan @c"
            Remarks = 'Writes one running scan per data source; Get-MmsMetadataScan reads them later.'
        }
    )
    Links       = @('Get-MmsMetadataScan', 'Get-MmsTable', 'New-MmsDataSource')
}
