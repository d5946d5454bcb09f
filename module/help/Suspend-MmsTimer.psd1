@{
    Synopsis    = 'Stops MMA timers, so they no longer start jobs on their schedule.'
    Description = @'
Suspend-MmsTimer calls UpdateMmsTimer with stopped set to true for each timer; Resume-MmsTimer undoes it. Jobs the timer already started keep running, and Start-MmsTimer can still run a stopped timer by hand.

Timers from Get-MmsTimer bind by SourceId and TimerId. -WhatIf sends nothing; -PassThru writes each timer as read after the change.
'@
    Parameters  = @{
        SourceId = 'The id of the data source. Binds from the pipeline by property name.'
        TimerId  = 'The ids of the timers to stop. Binds from the pipeline by property name (also as Id).'
        PassThru = 'Writes each timer as GetMmsTimer reads it after the change.'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'Timers (they bind by SourceId and TimerId).' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'With -PassThru, each timer as read after the change; otherwise nothing.' })
    Notes       = 'Permissions: odps:UpdateMmsTimer on the data source.'
    Examples    = @(
        @{
            Title   = 'Stop every timer of a database during a freeze'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsTimer -SourceId 2000028 -DbName sales @c | Suspend-MmsTimer @c
'@
            Remarks = 'Each running timer of the database sales is stopped; Get-MmsTimer -Stopped then lists them.'
        }
        @{
            Title   = 'Stop one timer and show it'
            Code    = "Suspend-MmsTimer -SourceId 2000028 -TimerId 7001 -PassThru @c"
            Remarks = 'Writes the timer with Stopped True.'
        }
    )
    Links       = @('Resume-MmsTimer', 'Set-MmsTimer', 'Get-MmsTimer')
}
