# Help for Get-MmsJob; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Gets MaxCompute Migration Assist (MMA) migration jobs, with their status and progress.'
    Description = @'
Get-MmsJob reads migration jobs and writes one MmsJob object per job: its name, status (INIT, DOING, DONE or FAILED), whether it was stopped, tasks done out of all (TaskDone, TaskNum, PercentDone), the source database and destination project, the creation time and the options it was created with (Config).

With -JobId it calls GetMmsJob once for each id; SourceId and JobId also bind from the pipeline by property name, so MmsJob objects can be piped in to refresh them. Without -JobId it lists the jobs of the data source (ListMmsJobs), page by page: -Status, -DbName, -Stopped and -TimerId filter on the service, -SortBy Status sorts there, and -First and -Skip stop early. Wildcards in -Name work although the service matches only by prefix: the prefix goes to the service as typed and the pattern is checked here, ignoring case. MmsDataSource objects piped in list their jobs.

A FAILED job whose failed tables have all been migrated since by later jobs is superseded: retrying it would migrate them again, so Restart-MmsJob refuses it (MmsSuperseded) unless -Force. Get-MmsJob shows such a job with State SUPERSEDED (Status stays FAILED, as the service says) and lists in SupersededBy which later job moved which table into which project (TableName, JobId, JobName, TaskId, DestinationProject). To find out, it reads the tasks of the FAILED jobs' source databases, one ListMmsTasks listing per database for the whole call; jobs that are not FAILED cost no extra request. So Get-MmsJob -Status FAILED | Where-Object State -EQ FAILED keeps only the failed jobs still worth a retry. State also reads STOPPED for a job stopped before it ended, and STOPPING on the job Stop-MmsJob -PassThru writes while it has not stopped yet.

LastMessage of a FAILED job says why it failed: the last log line of its latest failed task. It is read for -Status FAILED listings and with -IncludeLastMessage only.

An unknown job id is a non-terminating MmsJobNotFound error (ObjectNotFound) whose TargetObject has SourceId and JobId.
'@
    Parameters  = @{
        SourceId    = 'The id of the MMA data source, e.g. 2000028. With -JobId it also binds from the pipeline by property name. Tab completion offers the data sources the connection can see.'
        JobId       = 'Ids of the jobs to get. Binds from the pipeline by property name (also as Id). Tab completion offers the jobs of -SourceId, their names as tooltips.'
        DataSource  = 'Data sources from Get-MmsDataSource, through the pipeline: the jobs of each are listed, with the other filters applied.'
        Name        = 'Lists only the jobs whose names match. Wildcards (*, ?, [a-z]) are allowed and matching ignores case; the part before the first wildcard goes to the service as a prefix, in the case typed.'
        Status      = 'Lists only the jobs in these states: INIT (not started), DOING, DONE or FAILED, or wildcards (D*), ignoring case. Several states are one listing each. -Status FAILED alone also reads LastMessage.'
        IncludeLastMessage = 'Reads why each FAILED job failed into LastMessage: the last log line of its latest failed task (one ListMmsTaskLogs per failed job).'
        DbName      = 'Lists only the jobs of this source database.'
        Stopped     = 'Lists only stopped jobs; -Stopped:$false lists only jobs that are not stopped.'
        TimerId     = 'Lists only the jobs a timer started.'
        SortBy      = 'Sorts the listing on the service: Status, ascending unless -Descending is given.'
        Descending  = 'Sorts in descending order. Use it with -SortBy.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'Jobs to refresh; they bind by their SourceId and JobId properties.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources from Get-MmsDataSource: their jobs are listed.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'One object per job. Status is text as the service sends it; CreateTime is a DateTime (the raw text is in CreateTimeText); Config.ToString() sums up the options in one line.' }
    )
    Notes       = @'
The default view shows JobId, Name, State (the Status, or STOPPED for a stopped job that has not ended; Where-Object State -eq STOPPED finds those), Tasks (done/total) and Route (source database -> destination project), in 80 columns with ids and counts whole; Format-List shows everything, the percentage in Progress.

Permissions: odps:ListMmsJobs and odps:GetMmsJob on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'The failed jobs of a data source'
            Code    = @'
$emu = Start-MmsEmulator
Get-MmsJob -SourceId 2000028 -Status FAILED `
    -Endpoint $emu.Endpoint -Credential $emu.Credential
'@
            Remarks = 'On the emulator this is job 102, logs_nightly, whose only task failed at its data step.'
        }
        @{
            Title   = 'Find a job by name after a lost answer'
            Code    = 'Get-MmsJob -SourceId 2000028 -Name retry-failed -Region cn-hangzhou'
            Remarks = 'The check that New-MmsJob names when its CreateMmsJob request got no answer: lists the jobs with that exact name.'
        }
        @{
            Title   = 'Refresh jobs and show their progress'
            Code    = @'
$jobs = Get-MmsJob -SourceId 2000028 -Name 'wave2*'
$jobs | Get-MmsJob | Format-Table JobId, Name, Status, PercentDone
'@
            Remarks = 'MmsJob objects bind -SourceId and -JobId by property name, so piping them back reads their current state.'
        }
    )
    Links       = @('New-MmsJob', 'Wait-MmsJob', 'Get-MmsTask')
}
