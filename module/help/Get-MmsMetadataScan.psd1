@{
    Synopsis    = 'Gets MMA metadata scans: their state, progress and what they found.'
    Description = @'
Get-MmsMetadataScan calls GetMmsFetchMetadataJob for each scan id and writes an MmsMetadataScan: its status (SCAN_DOING while it runs, then e.g. SCAN_DONE or SCAN_FAILED; IsRunning is true only for a *_DOING status), its progress (the service''s 1 to 10000, and PercentComplete 0 to 100), the Result parsed from the JSON text the service sends (databases, tables and partitions found; ResultText keeps the text) and ErrorMessage for a scan that failed.

A data source from Get-MmsDataSource binds its SourceId and ScanId (its latest scan) by property name. Start-MmsMetadataScan starts scans and can wait for them.
'@
    Parameters  = @{
        SourceId = 'The id of the data source. Binds from the pipeline by property name.'
        ScanId   = 'The ids of the scans. Binds from the pipeline by property name (also as Id), so a data source gives its latest scan.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources: their latest scan (ScanId).' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsMetadataScan'; Description = 'Scans, to read them again.' }
    )
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsMetadataScan'; Description = 'One object per scan.' })
    Examples    = @(
        @{
            Title   = 'Follow a scan started earlier'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$scan = Start-MmsMetadataScan -SourceId 2000028 -DbName sales @c
Start-Sleep -Seconds 1
$scan | Get-MmsMetadataScan @c
'@
            Remarks = 'Shows the scan as SCAN_DONE, 100%, with a result such as 1 databases, 6 tables, 0 partitions.'
        }
        @{
            Title   = 'The latest scan of a data source'
            Code    = @'
Get-MmsDataSource -SourceId 2000028 -Region cn-hangzhou |
    Get-MmsMetadataScan -Region cn-hangzhou
'@
            Remarks = 'The data source binds its SourceId and ScanId (the latest scan MMA ran on it) by property name. (The emulator keeps each source''s seeded ScanId, so try this against Alibaba Cloud.)'
        }
    )
    Links       = @('Start-MmsMetadataScan', 'Get-MmsDataSource')
}
