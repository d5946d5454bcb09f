@{
    Synopsis    = 'Lists what an MMA timer did: created, updated, started a job or failed to.'
    Description = @'
Get-MmsTimerLog lists the log of a timer through ListMmsTimerLogs, page by page: one MmsTimerLog per entry with its time, status, action (e.g. create timer, update timer, start job) and message (e.g. start job success, job 104). A start job entry with status FAILED says why a scheduled run did not start.

Timers from Get-MmsTimer bind by SourceId and TimerId; -First and -Skip stop early.
'@
    Parameters  = @{
        SourceId = 'The id of the data source. Binds from the pipeline by property name.'
        TimerId  = 'The ids of the timers, whose logs are listed one timer after another. Binds from the pipeline by property name (also as Id).'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'Timers (they bind by SourceId and TimerId).' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimerLog'; Description = 'One object per log entry.' })
    Examples    = @(
        @{
            Title   = 'The log of a timer that ran once'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$t = New-MmsTimer -SourceId 2000028 -Name nightly -DbName sales `
    -Daily 02:00 @c
$t | Start-MmsTimer @c
$t | Get-MmsTimerLog @c
'@
            Remarks = 'Shows the create timer entry and a start job entry whose message names the job the run started.'
        }
        @{
            Title   = 'Runs that failed to start, across all timers'
            Code    = @'
Get-MmsTimer -SourceId 2000028 @c | Get-MmsTimerLog @c |
    Where-Object Status -eq FAILED
'@
            Remarks = 'Each listed timer binds by SourceId and TimerId.'
        }
    )
    Links       = @('Get-MmsTimer', 'Start-MmsTimer')
}
