# Help for Stop-MmsJob; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Stops MaxCompute Migration Assist (MMA) migration jobs.'
    Description = @'
Stop-MmsJob calls StopMmsJob for each job: a POST without a body, signed over the empty payload. The jobs are given by -SourceId and -JobId, or piped in as MmsJob objects (from Get-MmsJob or New-MmsJob), which bind by their SourceId and JobId properties. Up to -ThrottleLimit requests run at once and the results come out in input order.

A running job stops at its next step: its tasks stay where they are, its Stopped property becomes true and its Status stays what it was (e.g. DOING), so a job read right after the call may not show Stopped yet; -PassThru writes such a job with StopRequested true and State STOPPING, and Get-MmsJob shows STOPPED once it has stopped. Wait-MmsJob ends when it does. A job that is not running is marked stopped at once. Start-MmsJob resumes a stopped job.

-WhatIf shows what would be done and sends no request; -Confirm asks first. A request that was sent but got no answer (a timeout or a dropped connection) is never sent again: the error says the change may have happened and names the command that checks, Get-MmsJob -SourceId <id> -JobId <id>. An unknown job is a non-terminating MmsJobNotFound error (ObjectNotFound) whose TargetObject has SourceId and JobId.
'@
    Parameters  = @{
        SourceId = 'The id of the MMA data source of the jobs. Binds from the pipeline by property name, so MmsJob objects can be piped in. Tab completion offers the data sources the connection can see.'
        JobId    = 'Ids of the jobs. Binds from the pipeline by property name (also as Id). Tab completion offers the jobs of -SourceId, their names as tooltips.'
        PassThru = 'Writes each job as read right after the call (GetMmsJob); a job that has not stopped yet shows State STOPPING.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'Jobs from Get-MmsJob or New-MmsJob; they bind by their SourceId and JobId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'With -PassThru only: the job (see -PassThru).' }
    )
    Notes       = @'
Permissions: odps:StopMmsJob (and odps:GetMmsJob for -PassThru) on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Stop a job and wait until it has stopped'
            Code    = @'
Stop-MmsJob -SourceId 2000028 -JobId 104 -PassThru | Wait-MmsJob
'@
            Remarks = 'Wait-MmsJob ends when the job shows Stopped, with a warning that it was stopped before it ended.'
        }
        @{
            Title   = 'Stop every running job of a database'
            Code    = @'
Get-MmsJob -SourceId 2000028 -Status DOING -DbName logs |
    Stop-MmsJob -Confirm
'@
            Remarks = 'Asks before stopping each job.'
        }
    )
    Links       = @('Start-MmsJob', 'Wait-MmsJob')
}
