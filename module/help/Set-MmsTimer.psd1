@{
    Synopsis    = 'Changes the schedule of MMA timers, or stops or resumes them.'
    Description = @'
Set-MmsTimer calls UpdateMmsTimer for each timer: -Daily HH:mm or -Hourly mm sets a new schedule, -Stopped stops the timer and -Stopped:$false resumes it (Suspend-MmsTimer and Resume-MmsTimer do the same with a plainer name). The schedule is checked while the parameters bind, before any request: -Daily takes 00:00 to 23:59, -Hourly 00 to 59, and single digits are padded (2:5 is sent as 02:05).

Timers from Get-MmsTimer or New-MmsTimer bind by SourceId and TimerId. -WhatIf shows the change and sends nothing; -PassThru writes each timer as read after the change. An update that was sent but never answered is not sent again; the error says how to check it (Get-MmsTimer -SourceId ... -TimerId ...).
'@
    Parameters  = @{
        SourceId = 'The id of the data source. Binds from the pipeline by property name.'
        TimerId  = 'The ids of the timers to change. Binds from the pipeline by property name (also as Id).'
        Daily    = 'Runs the timer every day at this time, HH:mm from 00:00 to 23:59.'
        Hourly   = 'Runs the timer every hour at this minute, mm from 00 to 59.'
        Stopped  = 'Stops the timer; -Stopped:$false resumes it.'
        PassThru = 'Writes each timer as GetMmsTimer reads it after the change.'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'Timers (they bind by SourceId and TimerId).' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'With -PassThru, each timer as read after the change; otherwise nothing.' })
    Notes       = 'Permissions: odps:UpdateMmsTimer on the data source (and odps:GetMmsTimer for -PassThru).'
    Examples    = @(
        @{
            Title   = 'Move a nightly run to 03:30'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$t = New-MmsTimer -SourceId 2000028 -Name nightly -DbName sales `
    -Daily 02:00 @c
$t | Set-MmsTimer -Daily 03:30 -PassThru @c
'@
            Remarks = 'Writes the timer with Schedule Daily 03:30.'
        }
        @{
            Title   = 'Run every hour at a quarter past, and see it first'
            Code    = @'
$t | Set-MmsTimer -Hourly 15 -WhatIf @c
$t | Set-MmsTimer -Hourly 15 @c
'@
            Remarks = 'The first call prints the change (Schedule -> ''Hourly 15'') and sends nothing.'
        }
        @{
            Title   = 'A bad schedule is refused before any request'
            Code    = "Set-MmsTimer -SourceId 2000028 -TimerId 7001 -Daily 25:00 @c"
            Remarks = 'Fails with ParameterArgumentValidationError: -Daily takes HH:mm, from 00:00 to 23:59.'
        }
    )
    Links       = @('Get-MmsTimer', 'Suspend-MmsTimer', 'Resume-MmsTimer', 'New-MmsTimer')
}
