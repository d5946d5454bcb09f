@{
    Synopsis    = 'Removes MMA timers.'
    Description = @'
Remove-MmsTimer calls DeleteMmsTimer for each timer. The jobs it already started stay (Get-MmsJob -TimerId still finds them). To pause a timer instead, use Suspend-MmsTimer.

Its ConfirmImpact is High, so it asks before each removal unless -Confirm:$false is given; -WhatIf sends nothing. A failure is a non-terminating error whose TargetObject has SourceId and TimerId (MmsTimerNotFound when the timer does not exist).
'@
    Parameters  = @{
        SourceId = 'The id of the data source. Binds from the pipeline by property name.'
        TimerId  = 'The ids of the timers to remove. Binds from the pipeline by property name (also as Id).'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'Timers (they bind by SourceId and TimerId).' })
    Outputs     = @(@{ Type = 'None'; Description = 'Remove-MmsTimer writes nothing.' })
    Notes       = 'Permissions: odps:DeleteMmsTimer on the data source.'
    Examples    = @(
        @{
            Title   = 'Remove a timer without a prompt'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$t = New-MmsTimer -SourceId 2000028 -Name tmp -DbName sales -Hourly 00 @c
$t | Remove-MmsTimer -Confirm:$false @c
'@
            Remarks = 'Creates a timer and removes it; Get-MmsTimer -SourceId 2000028 -TimerId $t.TimerId then fails with MmsTimerNotFound.'
        }
        @{
            Title   = 'Preview removing every timer named test*'
            Code    = "Get-MmsTimer -SourceId 2000028 -Name 'test*' @c | Remove-MmsTimer -WhatIf @c"
            Remarks = 'Lists the timers that would be removed and sends no DeleteMmsTimer request.'
        }
    )
    Links       = @('Get-MmsTimer', 'Suspend-MmsTimer', 'New-MmsTimer')
}
