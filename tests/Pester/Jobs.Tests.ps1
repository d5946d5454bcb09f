# The job side against the emulator: the three workflow pipelines, New-MmsJob (one job per database, -WhatIf,
# failures, a lost answer), Get-MmsJob, Start/Stop/Restart/Remove-MmsJob and Get-MmsAsyncTask (refreshing
# New-MmsJob -NoWait's task, -Wait). Waiting for jobs is in Waiting.Tests.ps1, completing their ids in
# Completion.Tests.ps1. Each Describe starts its own emulator, so state changes stay within it.
BeforeAll {
    . $PSScriptRoot/Common.ps1
}

Describe 'The three workflow pipelines' {
    BeforeAll { Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'failed tables -> New-MmsJob -> Start-MmsJob -PassThru -> Wait-MmsJob: one job, DONE' {
        Get-Stat | Out-Null
        $job = Get-MmsTable -SourceId 2000028 -Status FAILED @Conn |
            New-MmsJob -Name retry-failed -DestinationProject mc_proj @Conn |
            Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.1 @Conn -ErrorAction Stop
        $job | Should -BeOfType ([MmsPowerShell.Core.Models.MmsJob])
        $job.Name | Should -Be 'retry-failed'
        $job.Status | Should -Be 'DONE'
        $job.SrcDbName | Should -Be 'logs'
        $job.DstDbName | Should -Be 'mc_proj'
        $job.Config.Tables | Should -Be @('access_log')
        "$($job.TaskDone)/$($job.TaskNum) $($job.PercentDone)" | Should -Be '1/1 100'
        $stat = Get-Stat
        $stat.byAction.CreateMmsJob | Should -Be 1
        $stat.byAction.StartMmsJob | Should -Be 1
        (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn).Status | Should -Be 'DONE'
    }

    It 'failed jobs -> tasks -> failed ones -> their logs say why' {
        $logs = Get-MmsJob -SourceId 2000028 -Status FAILED @Conn | Get-MmsTask @Conn |
            Where-Object Status -like '*FAILED' | Get-MmsTaskLog @Conn
        $logs | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTaskLog])
        $logs[-1].TaskId | Should -Be 1002
        $logs[-1].Status | Should -Be 'DATA_FAILED'
        $logs[-1].Message | Should -Match 'exceeding memory limits'
        $logs[0].CreateTime | Should -BeOfType ([datetime])
    }

    It 'failed jobs -> Restart-MmsJob -PassThru -> Wait-MmsJob: DONE, no error' {
        # The first test migrated job 102's failed table since, so 102 is superseded: -Force retries it anyway.
        $jobs = Get-MmsJob -SourceId 2000028 -Status FAILED @Conn | Restart-MmsJob -Force -PassThru @Conn |
            Wait-MmsJob -PollIntervalSec 0.1 @Conn -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $jobs.JobId | Should -Be 102
        $jobs.Status | Should -Be 'DONE'
        (Get-MmsTask -SourceId 2000028 -JobId 102 @Conn).RetriedTimes | Should -Be 1
    }
}

Describe 'New-MmsJob' {
    BeforeAll { Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null }
    AfterAll { $Emulator | Stop-MmsEmulator }
    BeforeEach {
        Clear-MmsEmulatorFault -Emulator $Emulator
        Get-Stat | Out-Null
    }

    It 'makes one job per source database of the piped tables, named Name-<db>' {
        $tables = Get-MmsTable -SourceId 2000028 -TableId 1, 4, 2 @Conn
        Get-Stat | Out-Null
        $jobs = $tables | New-MmsJob -Name wave @Conn
        $jobs.Name | Should -Be @('wave-sales', 'wave-logs')
        $jobs[0].SrcDbName | Should -Be 'sales'
        $jobs[0].Config.Tables | Should -Be @(($tables | Where-Object DbName -EQ sales).Name)
        $jobs[1].Config.Tables | Should -Be @('access_log')
        $jobs.Status | Should -Be @('INIT', 'INIT')
        (Get-Stat).byAction.CreateMmsJob | Should -Be 2
    }

    It 'sends the options: tables, filters, mapping, switches' {
        $job = New-MmsJob -SourceId 2000028 -Name opts -DbName logs -Table access_log -EnableVerification -SchemaOnly:$false `
            -PartitionFilter @{ access_log = "dt >= '20241201'" } -TableMapping @{ access_log = 'access_log_v2' } -TaskType HIVE @Conn
        $job.Config.PartitionFilters['access_log'] | Should -Be "dt >= '20241201'"
        $job.Config.TableMapping['access_log'] | Should -Be 'access_log_v2'
        $job.Config.EnableVerification | Should -BeTrue
        $job.Config.SchemaOnly | Should -BeFalse
        $job.Config.Increment | Should -BeNullOrEmpty
        $job.Config.TaskType | Should -Be 'HIVE'
        $job.Type | Should -Be 'Tables'
        (Get-MmsTask -SourceId 2000028 -JobId $job.JobId @Conn).DstTableName | Should -Be 'access_log_v2'
    }

    It 'without -Table migrates the whole database' {
        $job = New-MmsJob -SourceId 2000028 -Name whole -DbName sales @Conn
        $job.Type | Should -Be 'Database'
        $job.TaskNum | Should -BeGreaterThan 1
    }

    It '-WhatIf sends no request' {
        $tables = Get-MmsTable -SourceId 2000028 -TableId 1, 4 @Conn
        Get-Stat | Out-Null
        # Without a host, so the "What if:" lines stay out of the test log.
        $errors = Invoke-Hostless {
            param($tables, $conn)
            $tables | New-MmsJob -Name nothing @conn -WhatIf
            New-MmsJob -SourceId 2000028 -Name nothing -DbName sales -DestinationProject mma_sales @conn -WhatIf
        } -ArgumentList $tables, $Conn
        $errors | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
    }

    It '-NoWait writes the asynchronous task' {
        $task = New-MmsJob -SourceId 2000028 -Name later -DbName sales -NoWait @Conn
        $task | Should -BeOfType ([MmsPowerShell.Core.Models.MmsAsyncTask])
        $task.Type | Should -Be 'TASK_CREATE'
        (Get-Stat).byAction.GetMmsJob | Should -BeNullOrEmpty
    }

    It 'a failed creation is an MmsAsyncTaskFailed error with the service''s message' {
        $job = New-MmsJob -SourceId 2000028 -Name bad -DbName sales -Table no_such_table -DestinationProject mma_sales @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $job | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be "MmsAsyncTaskFailed$($Suffix)NewMmsJobCommand"
        $err[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $err[0].Exception.Message | Should -Match 'no_such_table'
        New-MmsJob -SourceId 2000028 -Name bad -DbName nowhere -DestinationProject mma_sales @Conn -ErrorVariable err2 -ErrorAction SilentlyContinue
        $err2[0].Exception.Message | Should -Match "^Creating job 'bad' on source 2000028 failed: .*nowhere.*[^.]\.$" -Because 'the service''s own final period is not doubled'
        $err[0].TargetObject.Name | Should -Be 'bad'
        { New-MmsJob -SourceId 2000028 -Name bad -DbName nowhere -DestinationProject mma_sales @Conn -ErrorAction Stop } | Should -Throw -ErrorId "MmsAsyncTaskFailed$($Suffix)NewMmsJobCommand"
    }

    It 'a create whose answer is lost is sent once, and the error says how to check' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action CreateMmsJob -Times 1 | Out-Null
        $job = New-MmsJob -SourceId 2000028 -Name lost-one -DbName sales @Conn -ErrorVariable err -ErrorAction SilentlyContinue -MaximumRetryCount 5
        $job | Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsJob | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].Exception.OutcomeUnknown | Should -BeTrue
        $err[0].ErrorDetails.Message | Should -Match 'may have happened'
        $err[0].ErrorDetails.Message | Should -Match "check with Get-MmsJob -SourceId 2000028 -Name 'lost-one'"
        $err[0].TargetObject.Name | Should -Be 'lost-one'
        # The job was made once its async task ended (60 ms here): the check then finds exactly one.
        $found = @(Wait-For { Get-MmsJob -SourceId 2000028 -Name lost-one @Conn })
        $found.Count | Should -Be 1
    }

    It 'an unknown data source is MmsDataSourceNotFound' {
        New-MmsJob -SourceId 1234 -Name x -DbName sales @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "MmsDataSourceNotFound$($Suffix)NewMmsJobCommand"
    }
}

Describe 'Get-MmsJob' {
    BeforeAll { Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'lists, filters and sorts on the service' {
        (Get-MmsJob -SourceId 2000028 @Conn).JobId | Should -Be @(101, 102, 103)
        (Get-MmsJob -SourceId 2000028 -Status failed @Conn).JobId | Should -Be 102
        (Get-MmsJob -SourceId 2000028 -DbName mms_test @Conn).JobId | Should -Be 103
        (Get-MmsJob -SourceId 2000028 -Stopped:$false @Conn).Count | Should -Be 3
        Get-MmsJob -SourceId 2000028 -Stopped @Conn | Should -BeNullOrEmpty
        (Get-MmsJob -SourceId 2000028 -SortBy Status -Descending @Conn).Status | Should -Be @('INIT', 'FAILED', 'DONE')
    }

    It 'matches -Name with wildcards, ignoring case' {
        (Get-MmsJob -SourceId 2000028 -Name '*_full' @Conn).JobId | Should -Be @(101, 103)
        (Get-MmsJob -SourceId 2000028 -Name 'logs_nightly' @Conn).JobId | Should -Be 102
        (Get-MmsJob -SourceId 2000028 -Name 'LOGS*' @Conn) | Should -BeNullOrEmpty -Because 'the prefix goes to the service in the case typed'
        (Get-MmsJob -SourceId 2000028 -Name 'l*NIGHTLY' @Conn).JobId | Should -Be 102
    }

    It 'gets jobs by id, refreshes piped jobs, and reports unknown ids as MmsJobNotFound' {
        $jobs = Get-MmsJob -SourceId 2000028 -JobId 103, 999, 101 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $jobs.JobId | Should -Be @(103, 101)
        $err[0].FullyQualifiedErrorId | Should -Be "MmsJobNotFound$($Suffix)GetMmsJobCommand"
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject.JobId | Should -Be 999
        ($jobs | Get-MmsJob @Conn).Name | Should -Be @('mms_test_full', 'sales_orders_full')
        (Get-MmsDataSource -SourceId 2000028 @Conn | Get-MmsJob @Conn -Status DONE).JobId | Should -Be 101
    }

    It 'stops after the first page with -First' {
        Get-Stat | Out-Null
        (Get-MmsJob -SourceId 2000028 -First 1 @Conn).JobId | Should -Be 101
        (Get-Stat).requests | Should -Be 1
    }

    It 'has an 80-column table view with progress, and exports readably' {
        $text = Get-MmsJob -SourceId 2000028 @Conn | Format-Table | Out-String -Width 200
        ($text -split "`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $text | Should -Match '102 logs_nightly\s+FAILED\s+0/1 logs -> mma_logs'
        $csv = Get-MmsJob -SourceId 2000028 -JobId 102 @Conn | ConvertTo-Csv | ConvertFrom-Csv
        $csv.Status | Should -Be 'FAILED'
        $csv.Config | Should -Match 'tables=access_log'
        $json = Get-MmsJob -SourceId 2000028 -JobId 102 @Conn | ConvertTo-Json -Depth 4 | ConvertFrom-Json
        $json.Status | Should -Be 'FAILED'
        $json.Config.Tables | Should -Be @('access_log')
        $json.CreateTimeText | Should -Be '2024-12-18 01:00:00'
    }

    It 'completes -JobId with names as tooltips, and the status set' {
        $line = "Get-MmsJob -SourceId 2000028 -Endpoint '$($Emulator.Endpoint)' -JobId 10"
        # The completer reads the credential from the bound parameters; give it through the session instead.
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential
        try {
            $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $result.CompletionMatches.CompletionText | Should -Be @('101', '102', '103')
            $result.CompletionMatches[1].ToolTip | Should -Match 'logs_nightly \(FAILED'
            $statusLine = 'Get-MmsJob -SourceId 1 -Status F'
            $status = TabExpansion2 -inputScript $statusLine -cursorColumn $statusLine.Length
            $status.CompletionMatches.CompletionText | Should -Be 'FAILED'
        }
        finally { Disconnect-Mms }
    }
}

Describe 'Start-, Stop-, Restart- and Remove-MmsJob' {
    BeforeAll { Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null }
    AfterAll { $Emulator | Stop-MmsEmulator }
    BeforeEach {
        Clear-MmsEmulatorFault -Emulator $Emulator
        Get-Stat | Out-Null
    }

    It '-WhatIf sends no request, for each of them' {
        $job = Get-MmsJob -SourceId 2000028 -JobId 103 @Conn
        Get-Stat | Out-Null
        $output = Invoke-Hostless {
            param($job, $conn)
            $job | Start-MmsJob -WhatIf @conn
            $job | Stop-MmsJob -WhatIf @conn
            $job | Restart-MmsJob -WhatIf -PassThru @conn
            Remove-MmsJob -SourceId 2000028 -JobId 103 -WhatIf @conn
        } -ArgumentList $job, $Conn
        $output | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
    }

    It 'a change at -ThrottleLimit 1 is written before the next is sent (changes do not read ahead)' {
        $script:requestsWhenFirstWritten = $null
        Stop-MmsJob -SourceId 2000028 -JobId 103, 103 -PassThru -ThrottleLimit 1 @Conn -ErrorAction SilentlyContinue | ForEach-Object {
            if ($null -eq $script:requestsWhenFirstWritten) {
                $deadline = [DateTime]::UtcNow.AddMilliseconds(500)
                do { $script:requestsWhenFirstWritten = (Get-MmsEmulatorStat -Emulator $Emulator).requests } while ($script:requestsWhenFirstWritten -lt 3 -and [DateTime]::UtcNow -lt $deadline)
            }
        }
        $script:requestsWhenFirstWritten | Should -Be 2 -Because 'the first stop and its read-back, and nothing of the second yet'
        (Get-Stat).byAction.StopMmsJob | Should -Be 2
    }

    It 'writes nothing without -PassThru, and the job as read after the call with it' {
        Start-MmsJob -SourceId 2000028 -JobId 103 @Conn | Should -BeNullOrEmpty
        $stopped = Stop-MmsJob -SourceId 2000028 -JobId 103 -PassThru @Conn
        $stopped.JobId | Should -Be 103
        $stat = Get-Stat
        $stat.byAction.StartMmsJob | Should -Be 1
        $stat.byAction.StopMmsJob | Should -Be 1
        $stat.byAction.GetMmsJob | Should -Be 1
    }

    It 'Wait-MmsJob ends on a stopped job with a warning; Start-MmsJob resumes it to the end' {
        $job = Wait-MmsJob -SourceId 2000028 -JobId 103 -PollIntervalSec 0.05 @Conn -WarningVariable warned 3>$null
        $job.Stopped | Should -BeTrue
        $job.Status | Should -Not -Be 'STOPPED' -Because 'Status is the service''s word'
        $job.State | Should -Be 'STOPPED'
        ($job | Format-Table | Out-String -Width 80) | Should -Match '103 mms_test_full\s+STOPPED\s'
        (Get-MmsJob -SourceId 2000028 @Conn | Where-Object State -EQ STOPPED).JobId | Should -Be 103
        $warned[0] | Should -Match 'was stopped'
        $done = Start-MmsJob -SourceId 2000028 -JobId 103 -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn
        $done.Status | Should -Be 'DONE'
        $done.Stopped | Should -BeFalse
    }

    It 'the service refusing a state change is a per-job error; the other jobs go on' {
        $result = Start-MmsJob -SourceId 2000028 -JobId 101, 102 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 2
        $err[0].FullyQualifiedErrorId | Should -Be "InvalidJobStatus$($Suffix)StartMmsJobCommand"
        $err[1].Exception.Message | Should -Match 'RetryMmsJob'
        Restart-MmsJob -SourceId 2000028 -JobId 101 @Conn -ErrorVariable err2 -ErrorAction SilentlyContinue
        $err2[0].FullyQualifiedErrorId | Should -Be "InvalidJobStatus$($Suffix)RestartMmsJobCommand"
    }

    It 'a start whose answer is lost is not resent; the error says how to check' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action StartMmsJob -Times 1 | Out-Null
        $job = New-MmsJob -SourceId 2000028 -Name lost-start -DbName sales @Conn
        Get-Stat | Out-Null
        $job | Start-MmsJob @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        (Get-Stat).byAction.StartMmsJob | Should -Be 1
        $err[0].ErrorDetails.Message | Should -Match "check with Get-MmsJob -SourceId 2000028 -JobId $($job.JobId)"
        ($job | Get-MmsJob @Conn).Status | Should -Not -Be 'INIT' -Because 'the start took effect'
    }

    It 'Remove-MmsJob asks by default (ConfirmImpact High), deletes with a POST, and -PassThru writes the job as it was' {
        (Get-Command Remove-MmsJob).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'High'
        $job = New-MmsJob -SourceId 2000028 -Name to-delete -DbName sales @Conn
        Get-Stat | Out-Null
        $gone = $job | Remove-MmsJob -Confirm:$false -PassThru @Conn
        $gone.Name | Should -Be 'to-delete'
        # The emulator routes DeleteMmsJob only as a POST on the job's URL (a DELETE would be InvalidApi.NotFound).
        $stat = Get-Stat
        $stat.byAction.DeleteMmsJob | Should -Be 1
        $stat.byPath."/api/v1/mms/datasources/2000028/jobs/$($job.JobId)" | Should -Be 2 -Because 'GetMmsJob for -PassThru, then DeleteMmsJob'
        $job | Get-MmsJob @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "MmsJobNotFound$($Suffix)GetMmsJobCommand"
    }
}

Describe 'Get-MmsAsyncTask' {
    BeforeAll {
        Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
        # Long enough that the snapshot New-MmsJob -NoWait writes is still running, short enough to wait for.
        $script:AsyncMs = 400
        Set-MmsEmulatorSetting -Emulator $Emulator -AsyncTaskMs $AsyncMs | Out-Null
        function New-Snapshot([string] $Name, [string[]] $Table) {
            $extra = if ($Table) { @{ Table = $Table } } else { @{} }
            New-MmsJob -SourceId 2000028 -Name $Name -DbName sales -DestinationProject mma_sales -NoWait @extra @Conn
        }
    }
    AfterAll { $Emulator | Stop-MmsEmulator }
    BeforeEach {
        Clear-MmsEmulatorFault -Emulator $Emulator
        Set-MmsEmulatorSetting -Emulator $Emulator -AsyncTaskMs $AsyncMs | Out-Null
    }

    It 'refreshes the -NoWait snapshot piped in: Running false, and ObjectId is the new job' {
        $task = New-Snapshot later
        $task.Running | Should -BeTrue
        $task.ObjectId | Should -Be 0
        Start-Sleep -Milliseconds ($AsyncMs + 300)
        Get-Stat | Out-Null
        $fresh = $task | Get-MmsAsyncTask @Conn -ErrorAction Stop
        $fresh | Should -BeOfType ([MmsPowerShell.Core.Models.MmsAsyncTask])
        $fresh.AsyncTaskId | Should -Be $task.AsyncTaskId
        $fresh.SourceId | Should -Be 2000028
        $fresh.Type | Should -Be 'TASK_CREATE'
        $fresh.Running | Should -BeFalse
        $fresh.Status | Should -Be 'DONE'
        $fresh.ObjectId | Should -BeGreaterThan 0
        (Get-Stat).byAction.GetMmsAsyncTask | Should -Be 1
        $job = Get-MmsJob -SourceId 2000028 -JobId $fresh.ObjectId @Conn -ErrorAction Stop
        $job.Name | Should -Be 'later'
        $job.Status | Should -Be 'INIT'
        (Get-MmsAsyncTask 2000028 $task.AsyncTaskId @Conn).ObjectId | Should -Be $fresh.ObjectId -Because 'SourceId and AsyncTaskId are positional'
        (Get-MmsAsyncTask -SourceId 2000028 -Id $task.AsyncTaskId @Conn).ObjectId | Should -Be $fresh.ObjectId
    }

    It 'an unknown id is MmsAsyncTaskNotFound with the reference as target; the other ids come back in order' {
        $a = New-Snapshot known-a
        $b = New-Snapshot known-b
        $tasks = Get-MmsAsyncTask -SourceId 2000028 -AsyncTaskId $b.AsyncTaskId, 999999, $a.AsyncTaskId @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $tasks.AsyncTaskId | Should -Be @($b.AsyncTaskId, $a.AsyncTaskId)
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsAsyncTaskNotFound$($Suffix)GetMmsAsyncTaskCommand"
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -BeOfType ([MmsPowerShell.Commands.MmsAsyncTaskReference])
        $err[0].TargetObject.SourceId | Should -Be 2000028
        $err[0].TargetObject.AsyncTaskId | Should -Be 999999
        { $err[0].TargetObject | Get-MmsAsyncTask @Conn -ErrorAction Stop } |
            Should -Throw -ErrorId "MmsAsyncTaskNotFound$($Suffix)GetMmsAsyncTaskCommand" -Because 'the target binds back to the cmdlet'
    }

    It 'a CSV row whose AsyncTaskId is not a number is MmsInvalidInputId for that row only' {
        $a = New-Snapshot csv-a
        $b = New-Snapshot csv-b
        $rows = "SourceId,AsyncTaskId`n2000028,$($a.AsyncTaskId)`n2000028,abc`n2000028,$($b.AsyncTaskId)" | ConvertFrom-Csv
        $tasks = $rows | Get-MmsAsyncTask @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $tasks.AsyncTaskId | Should -Be @($a.AsyncTaskId, $b.AsyncTaskId)
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsInvalidInputId$($Suffix)GetMmsAsyncTaskCommand"
        $err[0].Exception.Message | Should -BeLike "Input row 2: AsyncTaskId 'abc' is not an id*"
        $err[0].TargetObject | Should -Be 'abc'
        { Get-MmsAsyncTask -SourceId 2000028 -AsyncTaskId abc @Conn } |
            Should -Throw -ErrorId "MmsInvalidInputId$($Suffix)GetMmsAsyncTaskCommand" -ExpectedMessage "AsyncTaskId 'abc' is not an id*"
    }

    It '-Wait polls until the task ends and writes it once, also when given twice' {
        $task = New-Snapshot waited
        Get-Stat | Out-Null
        $done = @($task, $task) | Get-MmsAsyncTask -Wait -PollIntervalSec 0.05 @Conn -ErrorAction Stop
        @($done).Count | Should -Be 1
        $done.Running | Should -BeFalse
        $done.Status | Should -Be 'DONE'
        (Get-MmsJob -SourceId 2000028 -JobId $done.ObjectId @Conn).Name | Should -Be 'waited'
        (Get-Stat).byAction.GetMmsAsyncTask | Should -BeGreaterThan 1 -Because 'it was read until it ended'
    }

    It '-Wait: a failed task is written and is an MmsAsyncTaskFailed error; an unknown one does not stop the others' {
        $bad = New-Snapshot doomed -Table no_such_table
        $good = New-Snapshot fine
        $ended = Get-MmsAsyncTask -SourceId 2000028 -AsyncTaskId $bad.AsyncTaskId, 999999, $good.AsyncTaskId -Wait -PollIntervalSec 0.05 @Conn `
            -ErrorVariable err -ErrorAction SilentlyContinue
        ($ended | Sort-Object AsyncTaskId).AsyncTaskId | Should -Be @($bad.AsyncTaskId, $good.AsyncTaskId)
        ($ended | Where-Object AsyncTaskId -EQ $bad.AsyncTaskId).Status | Should -Be 'FAILED'
        ($ended | Where-Object AsyncTaskId -EQ $good.AsyncTaskId).ObjectId | Should -BeGreaterThan 0
        $err.FullyQualifiedErrorId | Sort-Object | Should -Be @("MmsAsyncTaskFailed$($Suffix)GetMmsAsyncTaskCommand", "MmsAsyncTaskNotFound$($Suffix)GetMmsAsyncTaskCommand")
        $failed = $err | Where-Object FullyQualifiedErrorId -Like 'MmsAsyncTaskFailed*'
        $failed.CategoryInfo.Category | Should -Be 'InvalidResult'
        $failed.Exception.Message | Should -Match 'no_such_table'
        $failed.TargetObject.AsyncTaskId | Should -Be $bad.AsyncTaskId
        ($err | Where-Object FullyQualifiedErrorId -Like 'MmsAsyncTaskNotFound*').TargetObject.AsyncTaskId | Should -Be 999999
    }

    It '-Wait with -WaitTimeoutSec: a task still running is an MmsWaitTimeout error and is not written' {
        Set-MmsEmulatorSetting -Emulator $Emulator -AsyncTaskMs 10000 | Out-Null
        $task = New-Snapshot slow
        $stopwatch = [Diagnostics.Stopwatch]::StartNew()
        $ended = $task | Get-MmsAsyncTask -Wait -WaitTimeoutSec 1 -PollIntervalSec 0.2 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $stopwatch.Elapsed.TotalSeconds | Should -BeLessThan 5
        $ended | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsWaitTimeout$($Suffix)GetMmsAsyncTaskCommand"
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $err[0].TargetObject.AsyncTaskId | Should -Be $task.AsyncTaskId
        $err[0].TargetObject.Running | Should -BeTrue
        $err[0].ErrorDetails.RecommendedAction | Should -Match "Get-MmsAsyncTask -SourceId 2000028 -AsyncTaskId $($task.AsyncTaskId)"
    }
}
