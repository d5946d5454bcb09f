# Help for Start-MmsJob; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Starts MaxCompute Migration Assist (MMA) migration jobs, or resumes stopped ones.'
    Description = @'
Start-MmsJob calls StartMmsJob for each job: a POST without a body, signed over the empty payload. The jobs are given by -SourceId and -JobId, or piped in as MmsJob objects (from Get-MmsJob or New-MmsJob), which bind by their SourceId and JobId properties. Up to -ThrottleLimit requests run at once and the results come out in input order.

A job in state INIT begins; a stopped job resumes where it stopped. Starting a running job changes nothing. A job that is DONE or FAILED cannot be started (the service answers InvalidJobStatus): run its failed tasks again with Restart-MmsJob.

-WhatIf shows what would be done and sends no request; -Confirm asks first. A request that was sent but got no answer (a timeout or a dropped connection) is never sent again: the error says the change may have happened and names the command that checks, Get-MmsJob -SourceId <id> -JobId <id>. An unknown job is a non-terminating MmsJobNotFound error (ObjectNotFound) whose TargetObject has SourceId and JobId.
'@
    Parameters  = @{
        SourceId = 'The id of the MMA data source of the jobs. Binds from the pipeline by property name, so MmsJob objects can be piped in. Tab completion offers the data sources the connection can see.'
        JobId    = 'Ids of the jobs. Binds from the pipeline by property name (also as Id). Tab completion offers the jobs of -SourceId, their names as tooltips.'
        PassThru = 'Writes each job as read right after it was started (GetMmsJob), ready for Wait-MmsJob.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'Jobs from Get-MmsJob or New-MmsJob; they bind by their SourceId and JobId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'With -PassThru only: the job (see -PassThru).' }
    )
    Notes       = @'
Permissions: odps:StartMmsJob (and odps:GetMmsJob for -PassThru) on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Create, start and watch a job'
            Code    = @'
Get-MmsTable -SourceId 2000028 -Status FAILED |
    New-MmsJob -Name retry-failed | Start-MmsJob -PassThru | Wait-MmsJob
'@
            Remarks = 'Creates one job for the failed tables of each database, starts it and waits until it ends.'
        }
        @{
            Title   = 'Start a job by id'
            Code    = @'
Start-MmsJob -SourceId 2000028 -JobId 103 -Region cn-hangzhou
'@
            Remarks = 'Starts job 103. Nothing is written without -PassThru.'
        }
        @{
            Title   = 'Resume every stopped job'
            Code    = @'
Get-MmsJob -SourceId 2000028 -Stopped | Start-MmsJob -WhatIf
'@
            Remarks = 'Shows which stopped jobs would be resumed; run it without -WhatIf to resume them.'
        }
    )
    Links       = @('Stop-MmsJob', 'Wait-MmsJob', 'New-MmsJob')
}
