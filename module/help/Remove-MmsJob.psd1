# Help for Remove-MmsJob; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Deletes MaxCompute Migration Assist (MMA) migration jobs and their tasks.'
    Description = @'
Remove-MmsJob calls DeleteMmsJob (a POST on the job's URL, as the API defines it, not a DELETE) for each job: a POST without a body, signed over the empty payload. The jobs are given by -SourceId and -JobId, or piped in as MmsJob objects (from Get-MmsJob or New-MmsJob), which bind by their SourceId and JobId properties. Up to -ThrottleLimit requests run at once and the results come out in input order.

The job and its tasks and task logs are removed in any state; the migrated data stays in MaxCompute. Tables of unfinished, started tasks go back to INIT.

-WhatIf shows what would be done and sends no request; -Confirm asks first (Remove-MmsJob has ConfirmImpact High, so it asks by default). A request that was sent but got no answer (a timeout or a dropped connection) is never sent again: the error says the change may have happened and names the command that checks, Get-MmsJob -SourceId <id> -JobId <id>. An unknown job is a non-terminating MmsJobNotFound error (ObjectNotFound) whose TargetObject has SourceId and JobId.
'@
    Parameters  = @{
        SourceId = 'The id of the MMA data source of the jobs. Binds from the pipeline by property name, so MmsJob objects can be piped in. Tab completion offers the data sources the connection can see.'
        JobId    = 'Ids of the jobs. Binds from the pipeline by property name (also as Id). Tab completion offers the jobs of -SourceId, their names as tooltips.'
        PassThru = 'Writes each job as read just before it was deleted (a deleted job cannot be read afterwards).'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'Jobs from Get-MmsJob or New-MmsJob; they bind by their SourceId and JobId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'With -PassThru only: the job (see -PassThru).' }
    )
    Notes       = @'
Permissions: odps:DeleteMmsJob (and odps:GetMmsJob for -PassThru) on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Delete a job, with confirmation'
            Code    = @'
Remove-MmsJob -SourceId 2000028 -JobId 104 -Region cn-hangzhou
'@
            Remarks = 'ConfirmImpact is High, so PowerShell asks before deleting; add -Confirm:$false in scripts.'
        }
        @{
            Title   = 'Delete the finished test jobs'
            Code    = @'
Get-MmsJob -SourceId 2000028 -Name 'test-*' -Status DONE |
    Remove-MmsJob -Confirm:$false -PassThru
'@
            Remarks = 'Deletes the jobs without asking and writes each one as it was before the delete, for the log.'
        }
    )
    Links       = @('Get-MmsJob', 'Stop-MmsJob')
}
