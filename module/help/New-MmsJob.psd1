# Help for New-MmsJob; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
@{
    Synopsis    = 'Creates MaxCompute Migration Assist (MMA) migration jobs and waits until the service has made them.'
    Description = @'
New-MmsJob calls CreateMmsJob. The service does not answer with the job: it answers the id of an asynchronous task that makes it. New-MmsJob polls that task (GetMmsAsyncTask) until it ends, then reads the new job (GetMmsJob) and writes it as an MmsJob object. With -NoWait it writes the asynchronous task (MmsAsyncTask) instead, right after the request; Get-MmsAsyncTask reads it again (-Wait until it ends), and its ObjectId is then the new job's id. A new job is not started: pipe it to Start-MmsJob.

Every job names its destination project (dstDbName is always sent; what the service does without one is not documented). With -DestinationProject, every table of the job goes there. Without it, each table goes to its own destination, the DestinationProject that Get-MmsTable shows (set it with Set-MmsTable -DestinationProject): one job per source database and destination project. A table (or partition) that has no destination is a non-terminating MmsDestinationMissing error for that table, written before anything is created; the other tables go on.

With -SourceId and -DbName it creates jobs for that database: the tables named in -Table, or the whole database without -Table, or the partitions in -PartitionId. Without -DestinationProject the tables (or the -PartitionId partitions) are read first for their destinations, so a table name the database does not have is an MmsTableNotFound error and an unknown database an MmsDatabaseNotFound error, before anything is created; when the whole database goes to one project, the job is a whole-database job. MmsTable objects piped in (from Get-MmsTable), or MmsPartition objects (from Get-MmsTablePartition, sent as partition ids), make one job per source database and destination, because the service takes one source database and one destination per job; each job lists exactly the piped tables (or partitions) of its database. The job is named -Name when there is one job; -Name-<database> (e.g. retry-failed-logs) when the tables come from several databases; and with -<project> added when one database's tables go to several projects (e.g. wave-sales-dw_prod).

-DestinationProject with piped tables whose own destination differs writes a warning: their DestinationProject stays as it is (it is where their next job without -DestinationProject goes), and Get-MmsTable -IncludeLastTask shows LastDestinationProject, where the latest job really put them.

-WhatIf writes one line per job with what it migrates and the project it lands in (e.g. "source 2000028, database sales, tables orders -> project dw_prod"), and creates nothing; by name without -DestinationProject it still reads the tables (ListMmsTables) to say where they go.

An asynchronous task that ends FAILED is a non-terminating MmsAsyncTaskFailed error (InvalidResult) quoting the service's message, e.g. an unknown database or table. CreateMmsJob is never sent twice: when the request was sent but no answer came back (a timeout or a dropped connection), the job may or may not exist, so the error (MmsRequestTimeout or MmsConnectionFailed) says so and names the command that checks, e.g. Get-MmsJob -SourceId 2000028 -Name retry-failed. With piped objects or -DestinationProject, -WhatIf sends no request at all.

Once CreateMmsJob was accepted the job exists, or is being made, whatever happens next. So a read after it that fails (the asynchronous task or the new job cannot be read) is an MmsFollowUpReadFailed error that says so and names the command that reads the job, instead of a reason to create it again; the same holds when the wait runs out (-WaitTimeoutSec, 10 minutes by default; MmsWaitTimeout) and when Ctrl+C stops it (a warning names each job still being made). An asynchronous task that names the new job but also carries an error message made the job: it is written, with the message as a warning.
'@
    Parameters  = @{
        SourceId           = 'The id of the MMA data source the job migrates from, e.g. 2000028. Tab completion offers the data sources the connection can see.'
        Name               = 'The job''s name. The service does not require names to be unique. With several jobs, each is named Name-<database> (and -<project> when one database''s tables go to several projects).'
        DbName             = 'The source database of the job. Tab completion offers the databases of -SourceId.'
        Table              = 'Names of tables of -DbName to migrate. Without -Table (and without -PartitionId) the whole database is migrated.'
        InputObject        = 'Tables from Get-MmsTable, through the pipeline: one job per source database and destination project, listing the piped tables of that database.'
        Partition          = 'Partitions from Get-MmsTablePartition, through the pipeline: their ids are sent as the job''s partitions, one job per source database and destination project.'
        DestinationProject = 'The MaxCompute project every table of the job migrates into (dstDbName). Without it, each table goes to its own DestinationProject (as Get-MmsTable shows it), and a table without one is an MmsDestinationMissing error. Tab completion offers the data sources'' destination projects (and the databases'' of -SourceId).'
        DestinationSchema  = 'The schema of the destination project, for projects with schemas (dstSchemaName).'
        TaskType           = 'How the data is moved, e.g. HIVE (Hive UDTF) or BIGQUERY (BigQuery read API). Without it, the service''s default for the source.'
        SchemaOnly         = 'Migrates the table schemas only, no data.'
        Increment          = 'Incremental migration: moves only data that is new or changed since the last migration.'
        EnableVerification = 'Verifies the migrated data after copying it. -EnableVerification:$false turns the verification off explicitly.'
        PartitionFilter    = 'A hashtable of table name = partition filter expression, e.g. @{ access_log = "dt >= ''2024-01-01''" }. Only the matching partitions of that table are migrated.'
        TableMapping       = 'A hashtable of source table name = destination table name, to rename tables on the way.'
        PartitionId        = 'Ids of MMA partitions (from Get-MmsTablePartition, not partition specs) of -DbName to migrate.'
        NoWait             = 'Writes the asynchronous task that creates each job (MmsAsyncTask) right after the request, instead of waiting for the job. Pipe it to Get-MmsAsyncTask to read it again.'
        WaitTimeoutSec     = 'The seconds to wait for the jobs to be made and read back, in all, reads included; the default is 600 (10 minutes). A job still being made then gives an MmsWaitTimeout error that says its creation was accepted and how to find it.'
        PollIntervalSec    = 'Seconds between two reads of the asynchronous task that makes a job, from 0.05 to 3600; fractions are allowed. The default is 0.25.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable: one job per source database and destination project.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsPartition'; Description = 'Partitions from Get-MmsTablePartition: their ids become the job''s partitions.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsJob'; Description = 'The new job, as GetMmsJob reads it once the service has made it (status INIT).' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsAsyncTask'; Description = 'With -NoWait: the asynchronous task that makes the job; Get-MmsAsyncTask refreshes it, and its ObjectId is the job id once Running is false.' }
    )
    Notes       = @'
Permissions: odps:CreateMmsJob, odps:GetMmsAsyncTask and odps:GetMmsJob (and odps:ListMmsTables or odps:GetMmsPartition by name without -DestinationProject) on acs:odps:<region>:<account-id>:mmsdatasource/<source-id>.
'@
    Examples    = @(
        @{
            Title   = 'Retry the tables that failed, in a new job, and watch it'
            Code    = @'
$emu = Start-MmsEmulator
$PSDefaultParameterValues['*-Mms*:Endpoint'] = $emu.Endpoint
$PSDefaultParameterValues['*-Mms*:Credential'] = $emu.Credential
Get-MmsTable -SourceId 2000028 -Status FAILED |
    New-MmsJob -Name retry-failed -DestinationProject mc_proj |
    Start-MmsJob -PassThru | Wait-MmsJob
'@
            Remarks = 'Against the local emulator: table 4, logs.access_log, failed, so one job for database logs is created with that table, started, and watched until it ends DONE.'
        }
        @{
            Title   = 'Migrate two tables of a database'
            Code    = @'
New-MmsJob -SourceId 2000028 -Name sales-core -DbName sales `
    -Table orders, customers -EnableVerification -Region cn-hangzhou
'@
            Remarks = 'Creates one job for two tables of the sales database, with data verification, and writes it once the service has made it.'
        }
        @{
            Title   = 'A whole database, without waiting'
            Code    = @'
$task = New-MmsJob -SourceId 2000028 -Name logs-all -DbName logs -NoWait
$done = $task | Get-MmsAsyncTask -Wait
Get-MmsJob -SourceId 2000028 -JobId $done.ObjectId
'@
            Remarks = 'Writes the asynchronous task at once. Piped to Get-MmsAsyncTask it is read again (with -Wait, until Running is false); its ObjectId is then the id of the new job, which Get-MmsJob reads.'
        }
        @{
            Title   = 'See what would be created'
            Code    = @'
Get-MmsTable -SourceId 2000028 -Status FAILED, INIT |
    New-MmsJob -Name wave2 -WhatIf
'@
            Remarks = 'Shows one line per job it would create (one per source database and destination, named wave2-<database> when there are several) with the project each lands in, and sends nothing.'
        }
        @{
            Title   = 'Send tables where their destination says'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsTable -SourceId 2000028 -DbName sales @c |
    Set-MmsTable -DestinationProject dw_prod @c
Get-MmsTable -SourceId 2000028 -DbName sales @c |
    New-MmsJob -Name to-dw @c
'@
            Remarks = 'The job is created with dstDbName dw_prod, so every task of it goes to dw_prod: what Get-MmsTable shows as the tables'' destination is where their job goes.'
        }
    )
    Links       = @('Get-MmsJob', 'Get-MmsAsyncTask', 'Start-MmsJob', 'Wait-MmsJob', 'Get-MmsTable')
}
