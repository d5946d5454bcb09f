@{
    Synopsis    = 'Schedules a migration: creates an MMA timer that runs a job of a database or its tables daily or hourly.'
    Description = @'
New-MmsTimer calls CreateMmsTimer and writes the new timer as GetMmsTimer reads it back, so it pipes on: New-MmsTimer ... | Start-MmsTimer -PassThru | Wait-MmsJob.

Each run of the timer creates and starts a migration job of -DbName: the tables in -Table, the partitions in -PartitionId, or the whole database. The migration options are those of New-MmsJob that CreateMmsTimer takes (-PartitionFilter, -TableMapping, -EnableVerification); the destination is not one of them (see below).

Where a timer's jobs land: a timer cannot name a destination project, because CreateMmsTimer has no dstDbName field (New-MmsTimer has no -DestinationProject for that reason), and the jobs it starts have none either. Each table of a run goes to its own destination: its DestinationProject as Get-MmsTable shows it at the moment the timer fires, so Set-MmsTable -DestinationProject before a run decides where that run puts the table (Set-MmsDatabase changes the database's target, not its tables'). The local emulator does exactly this; the service documents nothing more, so check a first run with Start-MmsTimer -PassThru | Get-MmsTask (DstDbName of each task) before relying on a schedule.

-Daily HH:mm (00:00 to 23:59) or -Hourly mm (00 to 59) is checked while the parameters bind, before any request. -WhatIf sends no request. A create that was sent but never answered is not sent again: the error says the timer may exist and how to check (Get-MmsTimer -SourceId ... -Name ...).
'@
    Parameters  = @{
        SourceId           = 'The id of the data source.'
        Name               = 'The name of the timer; the jobs it starts are named after it.'
        DbName             = 'The source database the timer migrates.'
        Table              = 'Table names of -DbName to migrate; without it (and without -PartitionId) each run migrates the whole database.'
        Daily              = 'Runs every day at this time, HH:mm from 00:00 to 23:59.'
        Hourly             = 'Runs every hour at this minute, mm from 00 to 59.'
        PartitionId        = 'MMA partition ids (from Get-MmsTablePartition) to migrate.'
        PartitionFilter    = 'A hashtable of table name to partition filter expression, e.g. @{ orders = "ds >= ''2026-01-01''" }.'
        TableMapping       = 'A hashtable of source table name to destination table name.'
        EnableVerification = 'Verifies the data after each run''s migration.'
    }
    Inputs      = @(@{ Type = 'None'; Description = 'New-MmsTimer takes no pipeline input.' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'The new timer, with its scope, as read back.' })
    Notes       = 'Permissions: odps:CreateMmsTimer and odps:GetMmsTimer on the data source.'
    Examples    = @(
        @{
            Title   = 'Migrate a database every night at two'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
New-MmsTimer -SourceId 2000028 -Name sales_nightly -DbName sales `
    -Daily 02:00 -EnableVerification @c
'@
            Remarks = 'Writes the new timer: Schedule Daily 02:00, Type DATABASE, Stopped False.'
        }
        @{
            Title   = 'Two tables every hour, run once now, and wait'
            Code    = @'
New-MmsTimer -SourceId 2000028 -Name orders_hourly -DbName sales `
    -Table orders, order_items -Hourly 15 @c |
    Start-MmsTimer -PassThru @c | Wait-MmsJob @c
'@
            Remarks = 'Start-MmsTimer runs the new timer at once and writes the job it started, which Wait-MmsJob follows to the end.'
        }
        @{
            Title   = 'A schedule in the wrong form is refused before any request'
            Code    = "New-MmsTimer -SourceId 2000028 -Name t -DbName sales -Daily 2pm @c"
            Remarks = 'Fails with ParameterArgumentValidationError: -Daily takes HH:mm.'
        }
    )
    Links       = @('Get-MmsTimer', 'Start-MmsTimer', 'Set-MmsTimer', 'New-MmsJob')
}
