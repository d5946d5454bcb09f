# Help for Restart-MmsJob; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Runs the failed tasks of MaxCompute Migration Assist (MMA) migration jobs again.'
    Description = @'
Restart-MmsJob calls RetryMmsJob for each job: a POST without a body, signed over the empty payload. The jobs are given by -SourceId and -JobId, or piped in as MmsJob objects (from Get-MmsJob or New-MmsJob), which bind by their SourceId and JobId properties. Up to -ThrottleLimit requests run at once and the results come out in input order.

Every failed task of the job goes back to INIT (its RetriedTimes grows by one) and the job runs again; tasks that succeeded are not repeated. A job without failed tasks cannot be retried (the service answers InvalidJobStatus).

Nothing is migrated twice by accident: a FAILED job whose failed tables have all been migrated since by later jobs (Get-MmsJob shows it SUPERSEDED, and lists the later jobs in SupersededBy) is not retried. Restart-MmsJob writes a non-terminating MmsSuperseded error for it instead, naming which later job moved which table into which project, and sends nothing for that job; -Force retries it anyway. To find out, it reads the job (GetMmsJob) and, for a FAILED job, the tasks of its source database (one ListMmsTasks listing per database for the whole call).

-WhatIf shows what would be done and sends no request; -Confirm asks first. A request that was sent but got no answer (a timeout or a dropped connection) is never sent again: the error says the change may have happened and names the command that checks, Get-MmsJob -SourceId <id> -JobId <id>. An unknown job is a non-terminating MmsJobNotFound error (ObjectNotFound) whose TargetObject has SourceId and JobId.
'@
    Parameters  = @{
        SourceId = 'The id of the MMA data source of the jobs. Binds from the pipeline by property name, so MmsJob objects can be piped in. Tab completion offers the data sources the connection can see.'
        JobId    = 'Ids of the jobs. Binds from the pipeline by property name (also as Id). Tab completion offers the jobs of -SourceId, their names as tooltips.'
        PassThru = 'Writes each job as read right after the retry (GetMmsJob), ready for Wait-MmsJob.'
        Force    = 'Retries a superseded job too (one whose failed tables later jobs have migrated since), migrating those tables again.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'Jobs from Get-MmsJob or New-MmsJob; they bind by their SourceId and JobId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'With -PassThru only: the job (see -PassThru).' }
    )
    Notes       = @'
Permissions: odps:RetryMmsJob, odps:GetMmsJob and odps:ListMmsTasks (without -Force) on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Retry every failed job and wait for them'
            Code    = @'
Get-MmsJob -SourceId 2000028 -Status FAILED |
    Restart-MmsJob -PassThru | Wait-MmsJob -ErrorAction Stop
'@
            Remarks = 'Retries all failed jobs of the source, waits for all of them at once, and stops the script if one fails again.'
        }
        @{
            Title   = 'Retry one job against the emulator'
            Code    = @'
$emu = Start-MmsEmulator
Restart-MmsJob -SourceId 2000028 -JobId 102 -PassThru `
    -Endpoint $emu.Endpoint -Credential $emu.Credential
'@
            Remarks = 'Job 102 of the emulator failed at its data step; the retry runs its task again and it ends DONE.'
        }
    )
    Links       = @('Restart-MmsTask', 'Wait-MmsJob', 'Get-MmsTaskLog')
}
