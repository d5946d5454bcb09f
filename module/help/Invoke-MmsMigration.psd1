# Help for Invoke-MmsMigration; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Runs a whole MaxCompute Migration Assist (MMA) migration from one command: plans jobs, keeps a few running, retries failures, and resumes without creating any job twice.'
    Description = @'
Invoke-MmsMigration moves the tables in scope (a source's tables in the -TableStatus states, by default INIT, FAILED and PART_DONE, optionally only the -DbName databases; or exactly the MmsTable objects piped in). It groups them by database, then by destination project, and cuts each group in table-id order into jobs of at most -TablesPerJob tables. Chunk k of database D is the job <Name>-<D>-<NNN> (001, 002, ... per database; numbering continues after the run's existing jobs of that database). A table with no destination (no -DestinationProject, no -DestinationMap entry for its database, none of its own) gives an MmsMigrationTableNoDestination error and is left out, before anything is created.

At most -MaxRunningJobs jobs of the run are DOING at once. A job is created when a slot opens, then started: creating all jobs up front would be a burst of creates (and their asynchronous tasks) that gets throttled, and would leave hundreds of INIT jobs behind if the run were stopped. A job that ends FAILED is retried with RetryMmsJob (only its failed tasks run again) after -RetryDelaySec seconds, doubling per attempt with jitter, until it has run -MaxAttempts times. Each job still FAILED after its last attempt gives a non-terminating MmsMigrationJobFailed error whose target is the MmsJob (pipe it to Get-MmsTask or Restart-MmsJob), so -ErrorAction Stop fails a runbook. When the run ends, it writes one MmsMigrationRun: jobs, tables and bytes planned and done, and the failed tables with the last log line of their failed task.

The service is the truth and the ledger (-StatePath, a JSON file rewritten atomically after every change) a cache: at every start the run reads its jobs from the service by the <Name>- prefix and never plans a table that one of them already has, so running the same command again continues the run, even with the ledger deleted: INIT jobs are started, DOING ones waited for, FAILED ones retried, DONE ones counted. A run that ended with failed jobs gives them a fresh -MaxAttempts (fix the cause, run again). CreateMmsJob has no client token, so a create whose answer is lost is never sent again: the run looks the job up by its name until it appears. Starts and retries whose answer is lost are read back before anything is decided.

One process runs a ledger at a time: a second gets MmsMigrationInProgress at once and sends nothing. The lock is <StatePath>.lock held open exclusively, which the operating system releases with the process, so a run killed by SIGKILL or a reboot never blocks the next one (the empty .lock file stays). -WhatIf reads the tables and the run's jobs and sends no change: it prints one "What if:" line per job it would create (name, tables, bytes, destination) and per job it would start or retry. Ctrl+C stops waiting at once and leaves the jobs running in the service; the next run picks them up.

Progress shows an overall bar (tables and bytes done of planned, jobs running, and a time-left estimate from the throughput so far: the service offers none) and a bar per running job. While waiting, each round reads the run's jobs by the page (ListMmsJobs by name prefix), not one request per job; a throttled round backs the whole poll off.
'@
    Parameters  = @{
        SourceId           = 'The id of the MMA data source. Binds from the pipeline by property name, so MmsDataSource, MmsDatabase and MmsTable objects bind it.'
        DbName             = 'The databases in scope; wildcards are allowed. Without it, every database of the source. Binds by property name, so MmsDatabase objects from Get-MmsDatabase scope the run to those databases.'
        TableStatus        = 'Table states in scope: INIT, DOING, DONE, PART_DONE, FAILED. The default is INIT, FAILED and PART_DONE, so DONE and DOING tables are left alone.'
        InputObject        = 'Tables from Get-MmsTable: exactly the tables to move (all of one data source).'
        Name               = 'The run''s name (no spaces or quotes). Every job of the run is named <Name>-<database>-<NNN>, which is how a rerun finds them.'
        TablesPerJob       = 'The most tables one job holds, from 1 to 100000. The default is 100.'
        DestinationProject = 'The destination MaxCompute project of every table (the jobs'' dstDbName).'
        DestinationMap     = 'A hashtable of database name to destination project, e.g. @{ sales = ''mc_sales'' }. Databases not in it use their tables'' own destination.'
        TaskType           = 'How the data is moved, as New-MmsJob -TaskType (e.g. HIVE or BIGQUERY); passed to every job.'
        EnableVerification = 'Compare row counts on both sides after the copy, as New-MmsJob -EnableVerification; passed to every job.'
        Increment          = 'Move only new or changed data, as New-MmsJob -Increment; passed to every job.'
        SchemaOnly         = 'Create the tables'' schemas only, as New-MmsJob -SchemaOnly; passed to every job.'
        PartitionFilter    = 'A hashtable of table name to partition filter expression, as New-MmsJob -PartitionFilter; each job gets the entries of its tables.'
        TableMapping       = 'A hashtable of source table name to destination table name, as New-MmsJob -TableMapping; each job gets the entries of its tables.'
        RefreshMetadata    = 'Scan the metadata of each database in scope first (Start-MmsMetadataScan) and wait for the scans before planning, so the plan has the tables they find. -WhatIf prints one "Scan metadata" line per database and starts none. A scan that ends failed is an MmsMetadataScanFailed error for its database (with -ErrorAction Stop the run stops before it creates any job; otherwise it plans from the metadata as it was). With piped tables (exactly the tables to move) no scan is started, with a warning.'
        MaxRunningJobs     = 'The most jobs of the run that are DOING at once, from 1 to 1000. The default is 4.'
        RetryDelaySec      = 'Seconds before a failed job is retried; the delay doubles with each further attempt and is spread by 20% either way. The default is 30; fractions are allowed.'
        MaxAttempts        = 'How many times a job may run in one run of this command, from 1 (no retry) to 100. The default is 3. A rerun gives jobs that ended FAILED a fresh count.'
        PollIntervalSec    = 'Seconds between two reads of the run''s jobs, from 0.05 to 3600; fractions are allowed. The default is 10.'
        StatePath          = 'The ledger file. The default is ./<Name>.mmsmigration.json in the current folder. The lock is the same path with .lock added.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable: exactly the tables to move.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDatabase'; Description = 'Databases from Get-MmsDatabase: their SourceId and DbName bind, so the run covers those databases.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'A data source from Get-MmsDataSource: its SourceId binds.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsMigrationRun'; Description = 'One run when it ends: State Done or Failed, Jobs, TablesPlanned/Done/Failed, FailedTables, BytesPlanned/Done, StatePath.' }
    )
    Notes       = @'
Permissions: odps:ListMmsTables, odps:ListMmsJobs, odps:GetMmsJob, odps:CreateMmsJob, odps:GetMmsAsyncTask, odps:StartMmsJob, odps:RetryMmsJob, odps:ListMmsTasks and odps:ListMmsTaskLogs on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>; with -RefreshMetadata also odps:CreateMmsFetchMetadataJob and odps:GetMmsFetchMetadataJob.

The ledger stays small: about 1.8 MB for a 100,000-table run of 1,000 jobs, rewritten in well under a second (docs/benchmarks.md).
'@
    Examples    = @(
        @{
            Title   = 'See the plan first, then run it'
            Code    = @'
$wave = @{ SourceId = 2000028; Name = 'wave1'; DestinationProject = 'mc' }
Invoke-MmsMigration @wave -WhatIf
Invoke-MmsMigration @wave
'@
            Remarks = '-WhatIf prints one "What if:" line per job the run would create, start or retry, and sends nothing. The second command runs the migration and writes the MmsMigrationRun when it ends.'
        }
        @{
            Title   = 'A runbook that stops when a job fails after its retries'
            Code    = @'
$run = Invoke-MmsMigration -SourceId 2000028 -Name nightly `
    -DbName sales, 'log*' -TablesPerJob 50 -MaxRunningJobs 8 `
    -MaxAttempts 3 -RetryDelaySec 60 -ErrorAction Stop
$run.Jobs | Format-Table
'@
            Remarks = 'A job still FAILED after three runs gives MmsMigrationJobFailed, which -ErrorAction Stop turns into a terminating error.'
        }
        @{
            Title   = 'Resume after the runbook died, and see why tables failed'
            Code    = @'
$run = Invoke-MmsMigration -SourceId 2000028 -Name wave1 `
    -DestinationProject mc_proj -ErrorVariable failed
$run.FailedTables | Format-Table
$failed | ForEach-Object TargetObject | Get-MmsTask |
    Where-Object Status -like '*FAILED'
'@
            Remarks = 'The same command continues the run: nothing is created twice. FailedTables carries the last log line of each failed task; the errors'' targets are the failed jobs.'
        }
        @{
            Title   = 'Move the tables you pick, each database to its project'
            Code    = @'
Get-MmsTable -SourceId 2000028 -Status FAILED |
    Invoke-MmsMigration -Name retry-failed `
        -DestinationMap @{ sales = 'mc_sales'; logs = 'mc_logs' }
'@
            Remarks = 'Piped tables are exactly the tables to move; databases not in the map use their tables'' own destination.'
        }
    )
    Links       = @('New-MmsJob', 'Wait-MmsJob', 'Get-MmsTask', 'Measure-MmsMigration')
}
