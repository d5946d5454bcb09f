# Help for Restart-MmsTask; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Runs failed MaxCompute Migration Assist (MMA) migration tasks again.'
    Description = @'
Restart-MmsTask calls RetryMmsTask for each task: a POST without a body, signed over the empty payload. The task goes back to INIT (its RetriedTimes grows by one) and its job runs again. Only a failed task can be retried (the service answers InvalidTaskStatus otherwise). To retry every failed task of a job at once, use Restart-MmsJob.

A failed task whose table a later job has migrated since (a task of another job, created after it, that ended DONE) is not retried: Restart-MmsTask writes a non-terminating MmsSuperseded error naming that job, the project it put the table in and its task, and sends nothing for the task; -Force retries it anyway. To find out, it reads the task (GetMmsTask) and, for a failed one, the tasks of its source database (one ListMmsTasks listing per database for the whole call).

Tasks are given by -SourceId and -TaskId, or piped in as MmsTask objects, which bind by their SourceId and TaskId properties. -WhatIf shows what would be retried and sends no request; -Confirm asks first. A request that was sent but got no answer is never sent again: the error says the retry may have happened and names the check, Get-MmsTask -SourceId <id> -TaskId <id>.
'@
    Parameters  = @{
        SourceId = 'The id of the MMA data source of the tasks. Binds from the pipeline by property name.'
        TaskId   = 'Ids of the tasks to retry. Binds from the pipeline by property name (also as Id).'
        PassThru = 'Writes each task as read right after the retry (GetMmsTask).'
        Force    = 'Retries a superseded task too (one whose table a later job has migrated since), migrating that table again.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTask'; Description = 'Tasks from Get-MmsTask; they bind by their SourceId and TaskId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTask'; Description = 'With -PassThru only: each task as read after the retry.' }
    )
    Notes       = @'
Permissions: odps:RetryMmsTask (and odps:GetMmsTask for -PassThru) on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>. RetryMmsTask arrived in SDK 5.0.0 (2026); older endpoints may not have it.
'@
    Examples    = @(
        @{
            Title   = 'Retry the failed tasks of a job, then wait for the job'
            Code    = @'
Get-MmsTask -SourceId 2000028 -JobId 102 |
    Where-Object Status -like '*FAILED' | Restart-MmsTask
Wait-MmsJob -SourceId 2000028 -JobId 102
'@
            Remarks = 'Retries each failed task of job 102, then waits until the job ends.'
        }
        @{
            Title   = 'See what would be retried'
            Code    = 'Restart-MmsTask -SourceId 2000028 -TaskId 1002, 1007 -WhatIf'
            Remarks = 'Shows one line per task and sends no request.'
        }
    )
    Links       = @('Get-MmsTask', 'Restart-MmsJob', 'Get-MmsTaskLog')
}
