# Help for Wait-MmsJob; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Waits until MaxCompute Migration Assist (MMA) migration jobs end, with a progress bar per job.'
    Description = @'
Wait-MmsJob reads every job given every -PollIntervalSec seconds, all of them at once, until each is DONE or FAILED or has been stopped. It reads them by the page: one ListMmsJobs request (status DOING) per 100 running jobs of a source, and GetMmsJob only for a job the listing does not show (one that has just ended, was never started, or moved between pages) or when it waits on a single running job; so 150 running jobs cost 2 requests a round, not 150 (docs/waiting.md). While it waits, it shows a progress bar per job with its status and tasks done out of all (TaskDone/TaskNum). It writes each job's final MmsJob object as soon as that job ends, so jobs that end early come out first.

A job that ends FAILED is written and also gives a non-terminating MmsJobFailed error (InvalidResult) whose TargetObject is the job, so -ErrorAction Stop fails a runbook, and the error's target can be piped to Get-MmsTask or Restart-MmsJob. A job that was stopped before it ended is written with a warning. With -WaitTimeoutSec (also -TimeoutSec), every job still running when the time is up gives an MmsWaitTimeout error (OperationTimeout) whose target is the job as last read, and is not written. Ctrl+C stops waiting at once; the jobs go on running on the service.

A job that cannot be read (e.g. it was deleted meanwhile) gives an error for that job (MmsJobNotFound) and the others are still waited for. Each read is retried as every read is (see -MaximumRetryCount); a read that still fails with a passing fault (a garbled answer, a 5xx, throttling, a dropped connection) gives a warning and the job is read again at the next poll (a listing page that fails does so for every job of the round: a throttled service is never sent a GetMmsJob per job instead), and only three such failures in a row give the job up with the error.

A job that is INIT was never started (New-MmsJob only creates jobs), so waiting alone never ends it: a warning says so at its first read, its progress bar says "not started", and with -WaitTimeoutSec the timeout error names the Start-MmsJob command.
'@
    Parameters  = @{
        SourceId        = 'The id of the MMA data source of the jobs. Binds from the pipeline by property name, so MmsJob objects can be piped in.'
        JobId           = 'Ids of the jobs to wait for. Binds from the pipeline by property name (also as Id). Tab completion offers the jobs of -SourceId.'
        WaitTimeoutSec  = 'How many seconds to wait in all, reads included: a read still waiting for an answer when the time is up is cut off, so the wait ends on time even when the service stops answering. Without it, Wait-MmsJob waits until every job has ended, or until Ctrl+C. Alias: -TimeoutSec, the name this parameter had first, which keeps working. Unlike the other cmdlets'' -TimeoutSec, it is not the limit of one request: each read keeps the default attempt timeout, within the whole wait.'
        PollIntervalSec = 'Seconds between two reads of the jobs, from 0.05 to 3600; fractions are allowed. The default is 5.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'Jobs from Get-MmsJob, New-MmsJob, Start-MmsJob -PassThru or Restart-MmsJob -PassThru; they bind by their SourceId and JobId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'Each job as read when it ended (DONE, FAILED or stopped), in the order they ended.' }
    )
    Notes       = @'
Permissions: odps:ListMmsJobs and odps:GetMmsJob on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Create, start and wait; stop the script if the job fails'
            Code    = @'
Get-MmsTable -SourceId 2000028 -Status FAILED |
    New-MmsJob -Name retry-failed -DestinationProject mc_proj |
    Start-MmsJob -PassThru | Wait-MmsJob -ErrorAction Stop
'@
            Remarks = 'Wait-MmsJob writes the job when it ends DONE; if it ends FAILED, the MmsJobFailed error stops the script.'
        }
        @{
            Title   = 'Wait at most an hour for every running job'
            Code    = @'
Get-MmsJob -SourceId 2000028 -Status DOING |
    Wait-MmsJob -WaitTimeoutSec 3600 -PollIntervalSec 30 -ErrorVariable late
$late.TargetObject | Format-Table JobId, Name, Status, PercentDone
'@
            Remarks = 'Jobs that are still running after an hour give MmsWaitTimeout errors; their targets are the jobs as last read.'
        }
        @{
            Title   = 'Retry the failed jobs and see why any fail again'
            Code    = @'
Get-MmsJob -SourceId 2000028 -Status FAILED |
    Restart-MmsJob -PassThru | Wait-MmsJob -ErrorVariable failed
$failed | ForEach-Object TargetObject | Get-MmsTask |
    Where-Object Status -like '*FAILED' | Get-MmsTaskLog
'@
            Remarks = 'The target of each MmsJobFailed error is the job, so it pipes into Get-MmsTask and on to the task logs. ForEach-Object sends nothing on when no job failed ($failed.TargetObject would send one $null).'
        }
    )
    Links       = @('Start-MmsJob', 'Get-MmsJob', 'Get-MmsTask')
}
