@{
    Synopsis    = 'Removes data sources from MMA.'
    Description = @'
Remove-MmsDataSource calls DeleteMmsDataSource for each data source. MMA forgets the source with its databases, tables, jobs and timers; the Hive or BigQuery source itself is not touched.

Its ConfirmImpact is High, so it asks before each removal unless -Confirm:$false is given; -WhatIf sends nothing. A failure is a non-terminating error whose TargetObject has the SourceId (MmsDataSourceNotFound when it does not exist).
'@
    Parameters  = @{
        SourceId = 'The ids of the data sources to remove. Binds from the pipeline by property name, so data sources from Get-MmsDataSource can be piped in.'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources from Get-MmsDataSource (they bind by SourceId).' })
    Outputs     = @(@{ Type = 'None'; Description = 'Remove-MmsDataSource writes nothing.' })
    Notes       = 'Permissions: odps:DeleteMmsDataSource on the data source.'
    Examples    = @(
        @{
            Title   = 'Remove a data source without a prompt'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Remove-MmsDataSource -SourceId 2000099 -Confirm:$false @c
'@
            Remarks = 'Removes the emulator''s empty data source; Get-MmsDataSource -SourceId 2000099 then fails with MmsDataSourceNotFound.'
        }
        @{
            Title   = 'Preview removing the data sources named test*'
            Code    = "Get-MmsDataSource -Name 'test*' @c | Remove-MmsDataSource -WhatIf @c"
            Remarks = 'Lists what would be removed and sends no DeleteMmsDataSource request.'
        }
    )
    Links       = @('Get-MmsDataSource', 'New-MmsDataSource')
}
