# Help for Get-MmsTask; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Gets the tasks of MaxCompute Migration Assist (MMA) migration jobs: one per table (or its partitions).'
    Description = @'
Get-MmsTask writes one MmsTask object per migration task: the job it belongs to, the source and destination table, its status (INIT, SCHEMA_DOING, SCHEMA_DONE, SCHEMA_FAILED, DATA_DOING, DATA_DONE, DATA_FAILED, VERIFICATION_DOING, VERIFICATION_DONE, VERIFICATION_FAILED or DONE), whether it is running or stopped, how many times it was retried, and its start and end times.

With -TaskId it calls GetMmsTask once for each id; SourceId and TaskId also bind from the pipeline by property name. Otherwise it lists tasks (ListMmsTasks) page by page: those of the MmsJob objects piped in (from Get-MmsJob), those of the MmsTable objects piped in (from Get-MmsTable: the table's tasks, by srcDbName and srcTableName, every job that ran it), those of -JobId, or every task of the data source. -Status takes several states and wildcards (-Status DATA_FAILED, SCHEMA_FAILED or -Status *FAILED), checked against the states above while it binds; the service filters one state at a time, so several states are one listing each, in the order above. -SortBy sorts on the service, and -First and -Skip stop early.

LastMessage is why a task failed: the message of its last log entry. It costs one ListMmsTaskLogs per task, so it is read when the listing is of failed states only (-Status *FAILED) or with -IncludeLastMessage, never for other listings; a log that cannot be read is an error for that task, which is still written.

An unknown task id is a non-terminating MmsTaskNotFound error (ObjectNotFound) whose TargetObject has SourceId and TaskId.
'@
    Parameters  = @{
        SourceId   = 'The id of the MMA data source, e.g. 2000028. With -TaskId it also binds from the pipeline by property name.'
        TaskId     = 'Ids of the tasks to get. Binds from the pipeline by property name (also as Id).'
        JobId      = 'Lists only the tasks of this job. Tab completion offers the jobs of -SourceId.'
        Job        = 'Jobs from Get-MmsJob, through the pipeline: the tasks of each are listed, with the other filters applied.'
        Status     = 'Lists only the tasks in these states: names (DATA_FAILED, SCHEMA_FAILED) or wildcards (*FAILED), ignoring case. Failed states only also read LastMessage.'
        Table      = 'Tables from Get-MmsTable, through the pipeline: the tasks of each table (every job that migrated it), with the other filters applied.'
        IncludeLastMessage = 'Reads each task''s last log line into LastMessage (one ListMmsTaskLogs per task), whatever the -Status.'
        SortBy     = 'Sorts the listing on the service by Status or StartTime, ascending unless -Descending is given.'
        Descending = 'Sorts in descending order. Use it with -SortBy.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'Jobs from Get-MmsJob: their tasks are listed.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable: their tasks are listed.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsTask'; Description = 'Tasks to refresh; they bind by their SourceId and TaskId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTask'; Description = 'One object per task. Status is text as the service sends it; the times are DateTime values, with the raw text in CreateTimeText, StartTimeText and EndTimeText.' }
    )
    Notes       = @'
Permissions: odps:ListMmsTasks and odps:GetMmsTask on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Why did the failed jobs fail?'
            Code    = @'
Get-MmsJob -SourceId 2000028 -Status FAILED | Get-MmsTask |
    Where-Object Status -like '*FAILED' | Get-MmsTaskLog
'@
            Remarks = 'Lists the tasks of every failed job, keeps the failed ones and shows their logs; the last entry of each says why it failed.'
        }
        @{
            Title   = 'The tasks of one job, against the emulator'
            Code    = @'
$emu = Start-MmsEmulator
Get-MmsTask -SourceId 2000028 -JobId 103 `
    -Endpoint $emu.Endpoint -Credential $emu.Credential
'@
            Remarks = 'Job 103 of the emulator has three tasks, for tables 6, 7 and 22, all INIT until it is started.'
        }
    )
    Links       = @('Get-MmsJob', 'Get-MmsTaskLog', 'Restart-MmsTask')
}
