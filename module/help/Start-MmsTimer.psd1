@{
    Synopsis    = 'Runs MMA timers now, outside their schedule.'
    Description = @'
Start-MmsTimer calls TriggerMmsTimer for each timer: the timer creates and starts its migration job at once, also when it is stopped. With -PassThru it writes the jobs the run started, found with ListMmsJobs by the timer's id (Get-MmsJob -TimerId): the jobs of the timer that were not there before the trigger. If the service has not listed the new job within a few seconds, a warning says how to look for it later.

The run's job goes where New-MmsTimer's help says: each table to its own DestinationProject (Get-MmsTable) as it is when the timer fires, because a timer cannot name a destination (CreateMmsTimer has no dstDbName).

Timers from Get-MmsTimer or New-MmsTimer bind by SourceId and TimerId. -WhatIf sends no request. A trigger that was sent but never answered is not sent again: the error says a run may have started and how to check (Get-MmsJob -SourceId ... -TimerId ...). A timer whose scope no longer resolves answers an error, and its log (Get-MmsTimerLog) has a FAILED start job entry.
'@
    Parameters  = @{
        SourceId = 'The id of the data source. Binds from the pipeline by property name.'
        TimerId  = 'The ids of the timers to run. Binds from the pipeline by property name (also as Id).'
        PassThru = 'Writes the jobs the run started (MmsJob objects), ready for Wait-MmsJob.'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'Timers (they bind by SourceId and TimerId).' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'With -PassThru, the jobs the run started; otherwise nothing.' })
    Notes       = 'Permissions: odps:TriggerMmsTimer on the data source (and odps:ListMmsJobs for -PassThru).'
    Examples    = @(
        @{
            Title   = 'Run a nightly timer now and wait for its job'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$t = New-MmsTimer -SourceId 2000028 -Name nightly -DbName sales `
    -Daily 02:00 @c
$t | Start-MmsTimer -PassThru @c | Wait-MmsJob @c
'@
            Remarks = 'Writes the job the run started (named nightly_run1 by the emulator) and waits until it is DONE.'
        }
        @{
            Title   = 'Run every timer of a database once'
            Code    = @'
Get-MmsTimer -SourceId 2000028 -DbName sales @c | Start-MmsTimer @c
Get-MmsJob -SourceId 2000028 -TimerId $t.TimerId @c
'@
            Remarks = 'Each timer starts one job; Get-MmsJob -TimerId lists the jobs of one timer.'
        }
    )
    Links       = @('New-MmsTimer', 'Get-MmsTimer', 'Get-MmsJob', 'Wait-MmsJob', 'Get-MmsTimerLog')
}
