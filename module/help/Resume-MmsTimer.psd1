@{
    Synopsis    = 'Resumes stopped MMA timers, so they start jobs on their schedule again.'
    Description = @'
Resume-MmsTimer calls UpdateMmsTimer with stopped set to false for each timer; it undoes Suspend-MmsTimer. The schedule is unchanged.

Timers from Get-MmsTimer bind by SourceId and TimerId. -WhatIf sends nothing; -PassThru writes each timer as read after the change.
'@
    Parameters  = @{
        SourceId = 'The id of the data source. Binds from the pipeline by property name.'
        TimerId  = 'The ids of the timers to resume. Binds from the pipeline by property name (also as Id).'
        PassThru = 'Writes each timer as GetMmsTimer reads it after the change.'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'Timers (they bind by SourceId and TimerId).' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'With -PassThru, each timer as read after the change; otherwise nothing.' })
    Notes       = 'Permissions: odps:UpdateMmsTimer on the data source.'
    Examples    = @(
        @{
            Title   = 'Resume every stopped timer of a data source'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsTimer -SourceId 2000028 -Stopped @c | Resume-MmsTimer -PassThru @c
'@
            Remarks = 'Writes each timer that was stopped, now with Stopped False.'
        }
        @{
            Title   = 'Preview resuming one timer'
            Code    = "Resume-MmsTimer -SourceId 2000028 -TimerId 7001 -WhatIf @c"
            Remarks = 'Prints the change and sends no request.'
        }
    )
    Links       = @('Suspend-MmsTimer', 'Set-MmsTimer', 'Get-MmsTimer')
}
