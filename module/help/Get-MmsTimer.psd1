@{
    Synopsis    = 'Lists the timers (scheduled migrations) of an MMA data source, or gets them by id.'
    Description = @'
Get-MmsTimer lists the timers of a data source through ListMmsTimers, page by page, or, with -TimerId, gets each timer through GetMmsTimer. A timer starts a migration job of its database or tables on its schedule: Daily at HH:mm, or Hourly at minute mm.

Timers from the listing carry the schedule, type and stopped state; timers got by id also carry their scope and options (tables, partitions, black and white lists, mappings, schema/data/verification switches) and HasConfig is true. Scope sums the scope up in one line, which is what Export-Csv writes.

-Name (wildcards allowed; the literal prefix is sent to the service), -DbName, -TableName and -Stopped filter the listing; -First and -Skip stop early.
'@
    Parameters  = @{
        SourceId   = 'The id of the data source. With -TimerId it also binds from the pipeline by property name.'
        TimerId    = 'The ids of the timers to get, with their scope and options. Binds from the pipeline by property name (also as Id).'
        DataSource = 'Data sources from Get-MmsDataSource, through the pipeline: their timers are listed.'
        Name       = 'Lists only the timers whose names match. Wildcards are allowed and matching ignores case.'
        DbName     = 'Lists only the timers of this source database.'
        TableName  = 'Lists only the timers whose tables include this one.'
        Stopped    = 'Lists only stopped timers; -Stopped:$false lists only running ones.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'Timers, to read them again with their scope (they bind by SourceId and TimerId).' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources: their timers are listed.' }
    )
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTimer'; Description = 'One object per timer.' })
    Examples    = @(
        @{
            Title   = 'List the timers of a data source'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
New-MmsTimer -SourceId 2000028 -Name nightly -DbName sales -Daily 02:00 @c |
    Out-Null
Get-MmsTimer -SourceId 2000028 @c
'@
            Remarks = 'Shows TimerId, Name, DbName, Schedule (Daily 02:00), Type and Stopped for each timer.'
        }
        @{
            Title   = 'The full scope of the stopped timers'
            Code    = @'
Get-MmsTimer -SourceId 2000028 -Stopped @c | Get-MmsTimer @c |
    Format-List
'@
            Remarks = 'The listed timers bind by SourceId and TimerId, so the second call reads each with its tables, mappings and options.'
        }
    )
    Links       = @('New-MmsTimer', 'Set-MmsTimer', 'Start-MmsTimer', 'Get-MmsTimerLog', 'Remove-MmsTimer')
}
