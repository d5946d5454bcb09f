# Help for Get-MmsTaskLog; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Gets the log of MaxCompute Migration Assist (MMA) migration tasks: each step, with the service''s message.'
    Description = @'
Get-MmsTaskLog calls ListMmsTaskLogs for each task and writes one MmsTaskLog object per entry, oldest first: the time, the state the task entered, the action (e.g. create schema, copy data, verify, or the SQL it ran) and the message. The last entry of a failed task says why it failed, e.g. the Hive or MaxCompute error. The service answers the whole log at once (there is no paging).

Tasks are given by -SourceId and -TaskId, or piped in as MmsTask objects (from Get-MmsTask), which bind by their SourceId and TaskId properties. Messages come from the service and pass through the module's sanitizer: control characters are shown as visible symbols and cannot drive the terminal. An unknown task is a non-terminating MmsTaskNotFound error.
'@
    Parameters  = @{
        SourceId = 'The id of the MMA data source of the tasks. Binds from the pipeline by property name.'
        TaskId   = 'Ids of the tasks whose logs to get. Binds from the pipeline by property name, so MmsTask objects can be piped in.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTask'; Description = 'Tasks from Get-MmsTask; they bind by their SourceId and TaskId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTaskLog'; Description = 'One object per log entry, oldest first; CreateTime is a DateTime and CreateTimeText the raw text.' }
    )
    Notes       = @'
The default view groups the entries by task and wraps long messages within 80 columns. Permissions: odps:ListMmsTaskLogs on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Why a task failed'
            Code    = @'
$emu = Start-MmsEmulator
Get-MmsTaskLog -SourceId 2000028 -TaskId 1002 `
    -Endpoint $emu.Endpoint -Credential $emu.Credential |
    Select-Object -Last 1 -ExpandProperty Message
'@
            Remarks = 'Task 1002 of the emulator (job 102) failed copying data; its last log entry quotes the YARN error.'
        }
        @{
            Title   = 'The logs of every failed task of a job'
            Code    = @'
Get-MmsTask -SourceId 2000028 -JobId 102 |
    Where-Object Status -like '*FAILED' | Get-MmsTaskLog
'@
            Remarks = 'Grouped by task in the default view.'
        }
    )
    Links       = @('Get-MmsTask', 'Restart-MmsTask')
}
