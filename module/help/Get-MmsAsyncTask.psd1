# Help for Get-MmsAsyncTask; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Gets MaxCompute Migration Assist (MMA) asynchronous tasks, such as the one New-MmsJob -NoWait writes.'
    Description = @'
Some MMA requests do not finish at once: CreateMmsJob (New-MmsJob) and a data source update or connection test (Set-MmsDataSource) answer the id of an asynchronous task that does the work. Get-MmsAsyncTask calls GetMmsAsyncTask once for each id and writes one MmsAsyncTask object: its Type (e.g. TASK_CREATE), Status, whether it is still Running, its Progress, and once it has ended its ObjectId (for TASK_CREATE, the id of the new job) and any ErrorMessage.

SourceId and AsyncTaskId bind from the pipeline by property name, so the MmsAsyncTask objects New-MmsJob -NoWait writes can be piped in to refresh them. A row whose AsyncTaskId is not a number (e.g. 'abc' in a CSV file) is a non-terminating MmsInvalidInputId error for that row; the other rows still run.

With -Wait it reads every task given every -PollIntervalSec seconds, all of them at once, with a progress bar each, until each has stopped running, and writes each as it ends. A task that ends failed is written and also gives a non-terminating MmsAsyncTaskFailed error (InvalidResult) quoting the service's message, so -ErrorAction Stop fails a runbook. With -WaitTimeoutSec, every task still running when the time is up gives an MmsWaitTimeout error (OperationTimeout) whose target is the task as last read, and is not written. Ctrl+C stops waiting at once; the tasks go on running on the service.

An unknown id is a non-terminating MmsAsyncTaskNotFound error (ObjectNotFound) whose TargetObject has SourceId and AsyncTaskId; the other ids still run.
'@
    Parameters  = @{
        SourceId        = 'The id of the MMA data source the task belongs to, e.g. 2000028. Binds from the pipeline by property name, so MmsAsyncTask objects can be piped in.'
        AsyncTaskId     = 'Ids of the asynchronous tasks to get. Binds from the pipeline by property name (also as Id).'
        Wait            = 'Waits until each task has stopped running, with a progress bar each, and writes it as it ends.'
        WaitTimeoutSec  = 'With -Wait, the seconds to wait in all, reads included (a read still waiting for an answer when the time is up is cut off); without it, the wait lasts until every task ends or Ctrl+C. Each read keeps the per-request -TimeoutSec within that.'
        PollIntervalSec = 'With -Wait, the seconds between two reads of the tasks, from 0.05 to 3600; fractions are allowed. The default is 1.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsAsyncTask'; Description = 'Tasks from New-MmsJob -NoWait (or an error''s TargetObject); they bind by their SourceId and AsyncTaskId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsAsyncTask'; Description = 'One object per task, as read now, or with -Wait as read when it ended. Once Running is false, ObjectId is the object the task made (for TASK_CREATE, the new job''s id).' }
    )
    Notes       = @'
Permissions: odps:GetMmsAsyncTask on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Create a job without waiting, then pick it up'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$task = New-MmsJob -SourceId 2000028 -Name logs-all -DbName logs -NoWait @c
$done = $task | Get-MmsAsyncTask -Wait @c
Get-MmsJob -SourceId 2000028 -JobId $done.ObjectId @c
'@
            Remarks = 'New-MmsJob -NoWait writes the asynchronous task right after the request. Piping it to Get-MmsAsyncTask -Wait waits until Running is false; its ObjectId is then the id of the new job, which Get-MmsJob reads (status INIT).'
        }
        @{
            Title   = 'Look at a task again later'
            Code    = @'
Get-MmsAsyncTask -SourceId 2000028 -AsyncTaskId 5001 -Region cn-hangzhou |
    Format-List AsyncTaskId, Type, Status, Running, ObjectId, ErrorMessage
'@
            Remarks = 'Reads the task once and shows whether it is still running, and once it has ended the id of what it made or why it failed.'
        }
        @{
            Title   = 'Refresh a snapshot until it has ended'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$task = New-MmsJob -SourceId 2000028 -Name all -DbName sales -NoWait @c
while ($task.Running) {
    Start-Sleep -Seconds 1
    $task = $task | Get-MmsAsyncTask @c
}
$task.ObjectId
'@
            Remarks = 'Without -Wait each call reads the task once: the loop refreshes the object New-MmsJob -NoWait wrote until Running is false, then shows the new job''s id.'
        }
    )
    Links       = @('New-MmsJob', 'Get-MmsJob', 'Set-MmsDataSource')
}
