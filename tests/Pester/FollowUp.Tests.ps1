# What the module says after the service accepted a change, when what follows goes wrong.
# - The follow-up rule: a read after an accepted create, trigger or change (its asynchronous task, the read-back, the
#   jobs a timer run started) that fails says what was made, that it exists, and the command that reads it, with the
#   ErrorId MmsFollowUpReadFailed; never "retry later", never an ErrorId about another kind of object. Each check
#   command named in an error is run, and must find what it names.
# - Whole-wait timeouts: -WaitTimeoutSec (Wait-MmsJob: also -TimeoutSec) bounds everything under it, reads included,
#   for every waiting cmdlet and for New-MmsJob's own wait. The bounds asserted are generous (a 3 s wait must end
#   well within 20 s, where a hanging read alone takes 30 s per attempt): they tell a bounded wait from an unbounded
#   one, they do not measure speed.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
    function Set-Fault { Set-MmsEmulatorFault -Emulator $Emulator @args | Out-Null }
    # Runs a check command as the error prints it, with this file's connection.
    function Invoke-Check([string] $Command) { & ([scriptblock]::Create($Command + ' @Conn')) }
    # The words that would make a user send a create again.
    $script:RetryWords = 'retry later|run New-Mms\w+ again|try again'
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'The follow-up rule: a read after an accepted create or trigger fails' {
    BeforeEach { Clear-MmsEmulatorFault -Emulator $Emulator; Get-Stat | Out-Null }
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'New-MmsJob, its async task answers 404: the job is being made, and the error says how to find it' {
        Set-Fault -Kind error -Action GetMmsAsyncTask -Status 404 -Code NotFound -Message 'Async task not found.'
        $job = New-MmsJob -SourceId 2000028 -Name fu-task404 -DbName sales @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $job | Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsJob | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)NewMmsJobCommand"
        $err[0].Exception.Message | Should -Match "^The creation of job 'fu-task404' on source 2000028 \(async task \d+\) was accepted, but reading it afterwards failed: "
        $err[0].Exception.Message | Should -Match "It exists or is being made: read it with Get-MmsJob -SourceId 2000028 -Name 'fu-task404'"
        $err[0].Exception.Message | Should -Not -Match $RetryWords
        $err[0].ErrorDetails.RecommendedAction | Should -Be "Read it with Get-MmsJob -SourceId 2000028 -Name 'fu-task404'; sending the request again would make a second one."
        $err[0].TargetObject.Name | Should -Be 'fu-task404'
        Clear-MmsEmulatorFault -Emulator $Emulator
        $found = @(Wait-For { Invoke-Check "Get-MmsJob -SourceId 2000028 -Name 'fu-task404'" })
        $found.Count | Should -Be 1
    }

    It 'New-MmsJob, its async task answers 503 at every read: the same, after the poller''s reads in a row' {
        Set-Fault -Kind error -Action GetMmsAsyncTask -Status 503
        New-MmsJob -SourceId 2000028 -Name fu-task503 -DbName sales -MaximumRetryCount 0 @Conn -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue |
            Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsJob | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)NewMmsJobCommand"
        $err[0].Exception.Message | Should -Match "fu-task503.*was accepted.*It exists or is being made: read it with Get-MmsJob -SourceId 2000028 -Name 'fu-task503'"
        $err[0].Exception.Message | Should -Not -Match $RetryWords
    }

    It 'New-MmsJob, the new job''s read-back answers 404: the job exists, by id, never MmsDataSourceNotFound' {
        Set-Fault -Kind error -Action GetMmsJob -Status 404 -Code NotFound -Message 'Job not found.'
        New-MmsJob -SourceId 2000028 -Name fu-read404 -DbName sales @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsJob | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)NewMmsJobCommand"
        $id = $err[0].TargetObject.JobId
        $id | Should -BeGreaterThan 0
        $err[0].Exception.Message | Should -Match "^Job $id 'fu-read404' of source 2000028 was created, but reading it afterwards failed: "
        $err[0].Exception.Message | Should -Match "It exists: read it with Get-MmsJob -SourceId 2000028 -JobId $id "
        $err[0].Exception.Message | Should -Not -Match $RetryWords
        Clear-MmsEmulatorFault -Emulator $Emulator
        (Invoke-Check "Get-MmsJob -SourceId 2000028 -JobId $id").Name | Should -Be 'fu-read404'
        ($err[0].TargetObject | Get-MmsJob @Conn).Name | Should -Be 'fu-read404' -Because 'the target pipes back into Get-MmsJob'
    }

    It 'New-MmsJob, the async task ends DONE with a job id and an error message: the job is written, and a warning says it exists' {
        Set-Fault -Kind donewitherror -Action GetMmsAsyncTask -Message 'Partial metadata sync.'
        $job = New-MmsJob -SourceId 2000028 -Name fu-donemsg -DbName sales @Conn -ErrorVariable err -WarningVariable warn -WarningAction SilentlyContinue
        $err | Should -BeNullOrEmpty
        $job | Should -BeOfType ([MmsPowerShell.Core.Models.MmsJob])
        $job.Name | Should -Be 'fu-donemsg'
        $warn.Count | Should -Be 1
        $warn[0].Message | Should -Be ("Job $($job.JobId) 'fu-donemsg' of source 2000028 was created (DONE), but the service's creation task also reported: " +
            "Partial metadata sync. It exists: read it with Get-MmsJob -SourceId 2000028 -JobId $($job.JobId).")
    }

    It 'New-MmsTimer, the read-back fails: the timer exists, by id' {
        Set-Fault -Kind error -Action GetMmsTimer -Status 500 -Code InternalError -Message 'Internal error.'
        New-MmsTimer -SourceId 2000028 -Name fu_timer -DbName sales -Daily 03:00 -MaximumRetryCount 0 @Conn -ErrorVariable err -ErrorAction SilentlyContinue |
            Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsTimer | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)NewMmsTimerCommand"
        $id = $err[0].TargetObject.TimerId
        $err[0].Exception.Message | Should -Match "^Timer $id 'fu_timer' of source 2000028 was created, but reading it afterwards failed: .*It exists: read it with Get-MmsTimer -SourceId 2000028 -TimerId $id "
        $err[0].Exception.Message | Should -Not -Match $RetryWords
        Clear-MmsEmulatorFault -Emulator $Emulator
        (Invoke-Check "Get-MmsTimer -SourceId 2000028 -TimerId $id").Name | Should -Be 'fu_timer'
    }

    It 'New-MmsDataSource, the read-back answers 404: the data source exists, by id' {
        $config = @{
            'hive.metastore.urls' = 'thrift://master-1-1:9083'
            'hive.jdbc.url'       = 'jdbc:hive2://master-1-1:10000/default'
            'hive.jdbc.password'  = (ConvertTo-SecureString 'Fu-Secret-1' -AsPlainText -Force)
            'mc.default.project'  = 'mma_target'
            'mc.endpoint'         = 'http://mc.example/api'
        }
        Set-Fault -Kind error -Action GetMmsDataSource -Status 404 -Code NotFound -Message 'Data source not found.'
        New-MmsDataSource -Name fu_source -Type HIVE -Config $config @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsDataSource | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)NewMmsDataSourceCommand"
        $id = $err[0].TargetObject.SourceId
        $err[0].Exception.Message | Should -Match "^Data source $id 'fu_source' was created, but reading it afterwards failed: .*It exists: read it with Get-MmsDataSource -SourceId $id "
        Clear-MmsEmulatorFault -Emulator $Emulator
        (Invoke-Check "Get-MmsDataSource -SourceId $id").Name | Should -Be 'fu_source'
    }

    It 'Start-MmsTimer -PassThru, the job listing after the trigger fails: the run started, and the error says where its jobs are' {
        $timer = New-MmsTimer -SourceId 2000028 -Name fu_run -DbName sales -Table orders -Hourly 10 @Conn
        Get-Stat | Out-Null
        # The first listing (before the trigger) passes; every one after it fails.
        Set-Fault -Kind error -Action ListMmsJobs -Status 500 -Code InternalError -Message 'Internal error.' -Skip 1
        $timer | Start-MmsTimer -PassThru -MaximumRetryCount 0 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        (Get-Stat).byAction.TriggerMmsTimer | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)StartMmsTimerCommand"
        $err[0].Exception.Message | Should -Match "^Timer $($timer.TimerId) of source 2000028 started a run, but reading it afterwards failed: "
        $err[0].Exception.Message | Should -Match "Its jobs exist or are being made: read it with Get-MmsJob -SourceId 2000028 -TimerId $($timer.TimerId) "
        Clear-MmsEmulatorFault -Emulator $Emulator
        (Invoke-Check "Get-MmsJob -SourceId 2000028 -TimerId $($timer.TimerId)").Name | Should -Be 'fu_run_run1'
    }

    It 'Start-MmsMetadataScan, the new scan''s read fails: the scan exists, by id' {
        Set-Fault -Kind error -Action GetMmsFetchMetadataJob -Status 404 -Code NotFound -Message 'Scan not found.' -Times 1
        Start-MmsMetadataScan -SourceId 2000028 -DbName sales @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsFetchMetadataJob | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)StartMmsMetadataScanCommand"
        $id = $err[0].TargetObject.ScanId
        $err[0].Exception.Message | Should -Match "^Metadata scan $id of data source 2000028 was created, .*read it with Get-MmsMetadataScan -SourceId 2000028 -ScanId $id "
        (Invoke-Check "Get-MmsMetadataScan -SourceId 2000028 -ScanId $id").ScanId | Should -Be $id
    }

    It 'a -PassThru read-back after a change fails: the change stands (Suspend-MmsTimer, Start-MmsJob, Set-MmsDatabase)' {
        $timer = New-MmsTimer -SourceId 2000028 -Name fu_suspend -DbName sales -Daily 04:00 @Conn
        Set-Fault -Kind error -Action GetMmsTimer -Status 404 -Code NotFound -Message 'Timer not found.' -Times 1
        $timer | Suspend-MmsTimer -PassThru @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)SuspendMmsTimerCommand"
        $err[0].Exception.Message | Should -Match "^The change to source 2000028, timer $($timer.TimerId) was made, .*It stands: read it with Get-MmsTimer -SourceId 2000028 -TimerId $($timer.TimerId) "
        (Invoke-Check "Get-MmsTimer -SourceId 2000028 -TimerId $($timer.TimerId)").Stopped | Should -BeTrue

        Set-Fault -Kind error -Action GetMmsJob -Status 404 -Code NotFound -Message 'Job not found.' -Times 1
        Start-MmsJob -SourceId 2000028 -JobId 103 -PassThru @Conn -ErrorVariable err2 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err2[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)StartMmsJobCommand"
        $err2[0].TargetObject.JobId | Should -Be 103
        (Invoke-Check 'Get-MmsJob -SourceId 2000028 -JobId 103').Status | Should -Not -Be 'INIT' -Because 'the start happened'

        Set-Fault -Kind error -Action GetMmsDb -Status 404 -Code NotFound -Message 'Database not found.' -Times 1
        $db = Get-MmsDatabase -SourceId 2000028 @Conn | Select-Object -First 1
        Set-MmsDatabase -SourceId 2000028 -DbId $db.DbId -DestinationProject fu_project -PassThru @Conn -ErrorVariable err3 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err3[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)SetMmsDatabaseCommand"
        (Invoke-Check "Get-MmsDatabase -SourceId 2000028 -DbId $($db.DbId)").DestinationProject | Should -Be 'fu_project'
    }
}

Describe 'A whole-wait timeout bounds the reads under it' {
    BeforeEach { Clear-MmsEmulatorFault -Emulator $Emulator; Get-Stat | Out-Null }
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'Wait-MmsJob -TimeoutSec 3 (the alias of -WaitTimeoutSec) ends in time while every read hangs' {
        Set-Fault -Kind hang -Action GetMmsJob
        $clock = [Diagnostics.Stopwatch]::StartNew()
        Wait-MmsJob -SourceId 2000028 -JobId 101 -TimeoutSec 3 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsWaitTimeout$($Suffix)WaitMmsJobCommand"
        $err[0].Exception.Message | Should -Be 'source 2000028, job 101 is still running after 3 s. Its last read got no answer before the time was up.'
        $err[0].TargetObject.JobId | Should -Be 101
        (Get-Command Wait-MmsJob).Parameters['WaitTimeoutSec'].Aliases | Should -Contain 'TimeoutSec'
    }

    It 'Get-MmsAsyncTask -Wait -WaitTimeoutSec 3 ends in time while every read hangs' {
        $task = New-MmsJob -SourceId 2000028 -Name fu-hangtask -DbName sales -NoWait @Conn
        Set-Fault -Kind hang -Action GetMmsAsyncTask
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $task | Get-MmsAsyncTask -Wait -WaitTimeoutSec 3 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
        $err[0].FullyQualifiedErrorId | Should -Be "MmsWaitTimeout$($Suffix)GetMmsAsyncTaskCommand"
        $err[0].ErrorDetails.RecommendedAction | Should -Match "Get-MmsAsyncTask -SourceId 2000028 -AsyncTaskId $($task.AsyncTaskId)"
    }

    It 'Start-MmsMetadataScan -Wait -WaitTimeoutSec 3 ends in time while every read hangs' {
        Set-Fault -Kind hang -Action GetMmsFetchMetadataJob
        $clock = [Diagnostics.Stopwatch]::StartNew()
        Start-MmsMetadataScan -SourceId 2000028 -DbName sales -Wait -WaitTimeoutSec 3 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
        $err[0].FullyQualifiedErrorId | Should -Be "MmsWaitTimeout$($Suffix)StartMmsMetadataScanCommand"
    }

    It 'Set-MmsDataSource -Test -WaitTimeoutSec 3 ends in time while every read hangs' {
        Set-Fault -Kind hang -Action GetMmsAsyncTask
        $clock = [Diagnostics.Stopwatch]::StartNew()
        Set-MmsDataSource -SourceId 2000028 -Test -WaitTimeoutSec 3 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
        $err[0].FullyQualifiedErrorId | Should -Be "MmsWaitTimeout$($Suffix)SetMmsDataSourceCommand"
    }

    It 'New-MmsJob -WaitTimeoutSec 3, its async task never answers: in time, and the error says the creation was accepted' {
        Set-Fault -Kind hang -Action GetMmsAsyncTask
        $clock = [Diagnostics.Stopwatch]::StartNew()
        New-MmsJob -SourceId 2000028 -Name fu-hangnew -DbName sales -WaitTimeoutSec 3 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
        (Get-Stat).byAction.CreateMmsJob | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsWaitTimeout$($Suffix)NewMmsJobCommand"
        $err[0].Exception.Message | Should -Match "^Job 'fu-hangnew', whose creation the service accepted, is still running after 3 s \(source 2000028, async task \d+\)\."
        $err[0].ErrorDetails.RecommendedAction | Should -Match "^It exists or is being made: check with Get-MmsJob -SourceId 2000028 -Name 'fu-hangnew' rather than creating it again"
        Clear-MmsEmulatorFault -Emulator $Emulator
        $found = @(Wait-For { Invoke-Check "Get-MmsJob -SourceId 2000028 -Name 'fu-hangnew'" })
        $found.Count | Should -Be 1
    }

    It 'New-MmsJob -WaitTimeoutSec 3, the read-back never answers: in time, and the error names the new job by id' {
        Set-Fault -Kind hang -Action GetMmsJob
        $clock = [Diagnostics.Stopwatch]::StartNew()
        New-MmsJob -SourceId 2000028 -Name fu-hangread -DbName sales -WaitTimeoutSec 3 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsFollowUpReadFailed$($Suffix)NewMmsJobCommand"
        $id = $err[0].TargetObject.JobId
        $err[0].Exception.Message | Should -Be ("Job $id 'fu-hangread' of source 2000028 was created, but reading it back got no answer after 3 s. " +
            "It exists: read it with Get-MmsJob -SourceId 2000028 -JobId $id rather than sending the request again.")
    }

    It 'Ctrl+C during New-MmsJob''s wait says that the creation was accepted, with the job name and the check command' {
        $secret = $Emulator.Credential.GetNetworkCredential().Password
        Set-Fault -Kind hang -Action GetMmsAsyncTask
        # A child pwsh whose runspace shares its console host: what the stopped cmdlet tells the host is in its output.
        $text = Get-ChildHostText @"
`$rs = [runspacefactory]::CreateRunspace(`$Host); `$rs.Open()
`$ps = [powershell]::Create(); `$ps.Runspace = `$rs
`$null = `$ps.AddScript("Import-Module '$ModulePath'; New-MmsJob -SourceId 2000028 -Name fu-stopped -DbName sales -Endpoint '$($Emulator.Endpoint)' -Credential ([pscredential]::new('$($Emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force)))")
`$handle = `$ps.BeginInvoke()
`$emulator = [pscustomobject]@{ Endpoint = '$($Emulator.Endpoint)' }
do { Start-Sleep -Milliseconds 200 } until ((Get-MmsEmulatorStat -Emulator `$emulator).byAction.GetMmsAsyncTask -ge 1)
Start-Sleep -Milliseconds 300
`$ps.Stop()
'stopped: ' + `$ps.InvocationStateInfo.State
"@
        $text | Should -Match 'stopped: Stopped'
        $text | Should -Match "New-MmsJob was stopped, but the creation of job 'fu-stopped' on source 2000028 \(async task \d+\) was accepted\. It exists or is being made: read it with Get-MmsJob -SourceId 2000028 -Name 'fu-stopped'"
    }
}
