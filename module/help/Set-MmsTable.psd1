@{
    Synopsis    = 'Sets where MMA tables migrate to, or resets their migration status.'
    Description = @'
Set-MmsTable changes the destination of tables of an MMA data source (the MaxCompute project, schema and table name they migrate to) or their migration status; -Status INIT resets tables so that the next job migrates them again (their partition progress is cleared too).

Tables piped from Get-MmsTable are collected until the input ends: the tables of one database go to the service in one UpdateMmsTables request, a lone table in one UpdateMmsTable request. Tables given with -SourceId and -TableId (or piped rows with those properties) are changed one UpdateMmsTable request each, up to -ThrottleLimit at once.

-WhatIf shows exactly what would change for each table and sends nothing; for piped tables it shows the current value next to the new one (DestinationProject 'mma_sales' -> 'dw_prod'). -Confirm asks for each table, and only the confirmed tables are sent.

A failure is a non-terminating error for each table it concerns, with a TargetObject that has SourceId and TableId, so the failed tables can be piped back in. An update that was sent but never answered is not sent again: the error says the change may have happened and how to check it (Get-MmsTable -SourceId ... -TableId ...).
'@
    Parameters  = @{
        InputObject        = 'Tables from Get-MmsTable, through the pipeline. Tables of one database are changed in one request.'
        SourceId           = 'The id of the data source of the tables given by -TableId. Binds from the pipeline by property name.'
        TableId            = 'The ids of the tables to change, one request each. Binds from the pipeline by property name (also as Id).'
        DestinationProject = 'The MaxCompute project the tables migrate to.'
        DestinationSchema  = 'The schema in the destination project (for projects with schemas).'
        DestinationName    = 'The name of the destination table (by default the source name). For one table only: with several tables the cmdlet stops with MmsDestinationNameForManyTables before sending anything.'
        Status             = 'The migration status to set: INIT (reset for a new run), DOING, DONE, PART_DONE or FAILED.'
        PassThru           = 'Writes each table as GetMmsTable reads it after the change.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Objects with SourceId and TableId properties, e.g. rows from Import-Csv or error targets.' }
    )
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'With -PassThru, each table as read after the change; otherwise nothing.' })
    Notes       = 'Permissions: odps:UpdateMmsTable and odps:UpdateMmsTables on the data source (and odps:GetMmsTable for -PassThru).'
    Examples    = @(
        @{
            Title   = 'Point the tables of a database at another project'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsTable -SourceId 2000028 -DbName sales @c |
    Set-MmsTable -DestinationProject dw_prod @c -PassThru
'@
            Remarks = 'The tables of the database sales (three in the emulator) go to the service in one UpdateMmsTables request; -PassThru writes them as read afterwards, with DestinationProject dw_prod.'
        }
        @{
            Title   = 'Preview a reset, then reset the failed tables'
            Code    = @'
$failed = Get-MmsTable -SourceId 2000028 -Status FAILED @c
$failed | Set-MmsTable -Status INIT -WhatIf @c
$failed | Set-MmsTable -Status INIT @c
'@
            Remarks = 'The first call prints "What if: Performing the operation "Set Status ''FAILED'' -> ''INIT''" on target "table logs.access_log (source 2000028, table 4)"" and sends nothing; the second resets the table so the next job migrates it again.'
        }
        @{
            Title   = 'Rename the destination of one table'
            Code    = @'
Set-MmsTable -SourceId 2000028 -TableId 22 -DestinationName test_v2 @c
'@
            Remarks = 'One UpdateMmsTable request; the other destination values stay as they are.'
        }
    )
    Links       = @('Get-MmsTable', 'Set-MmsDatabase', 'New-MmsJob')
}
