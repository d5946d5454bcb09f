@{
    Synopsis    = 'Sets where an MMA database migrates to, or resets the status of all of its tables.'
    Description = @'
Set-MmsDatabase changes a database of an MMA data source through UpdateMmsDb: the MaxCompute project it migrates to, its target schema, or the migration status of all of its tables (-Status INIT resets them for a new run).

The database's DestinationProject does not change its tables' own DestinationProject, and a table's is what decides where its jobs go: New-MmsJob without -DestinationProject and every timer run send each table to its own. To move the tables too, pipe them: Get-MmsTable -SourceId <id> -DbName <db> | Set-MmsTable -DestinationProject <project>.

Databases come from Get-MmsDatabase through the pipeline, or by -SourceId and -DbId (also from the pipeline by property name). Each database is one request; up to -ThrottleLimit run at once and results come out in input order.

-WhatIf shows what would change for each database (with the current values for piped databases) and sends nothing. A failure is a non-terminating error whose TargetObject has SourceId and DbId; an update that was sent but never answered is not sent again, and the error says how to check it.
'@
    Parameters  = @{
        InputObject        = 'Databases from Get-MmsDatabase, through the pipeline.'
        SourceId           = 'The id of the data source of the databases given by -DbId. Binds from the pipeline by property name.'
        DbId               = 'The ids of the databases to change. Binds from the pipeline by property name.'
        DestinationProject = 'The MaxCompute project the database migrates to.'
        DestinationSchema  = 'The target schema of the database (the service''s dstName, shown as DestinationName on MmsDatabase; -DestinationName is an alias).'
        Status             = 'The migration status to set on every table of the database: INIT (reset for a new run), DOING, DONE, PART_DONE or FAILED.'
        PassThru           = 'Writes each database as GetMmsDb reads it after the change.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsDatabase'; Description = 'Databases from Get-MmsDatabase.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Objects with SourceId and DbId properties.' }
    )
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDatabase'; Description = 'With -PassThru, each database as read after the change; otherwise nothing.' })
    Notes       = 'Permissions: odps:UpdateMmsDb on the data source (and odps:GetMmsDb for -PassThru).'
    Examples    = @(
        @{
            Title   = 'Send a database to another project'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsDatabase -SourceId 2000028 -Name sales @c |
    Set-MmsDatabase -DestinationProject dw_prod -PassThru @c
'@
            Remarks = 'Writes the database sales as read after the change, with DestinationProject dw_prod.'
        }
        @{
            Title   = 'Reset a whole database for a new run'
            Code    = @'
Set-MmsDatabase -SourceId 2000028 -DbId 5 -Status INIT -Confirm @c
'@
            Remarks = 'Asks first, then sets every table of database 5 (logs) back to INIT, so the next job migrates them all again.'
        }
    )
    Links       = @('Get-MmsDatabase', 'Set-MmsTable')
}
