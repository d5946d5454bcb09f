# Migration tasks against the emulator: Get-MmsTask (by id, by job, filters, paging), Get-MmsTaskLog and
# Restart-MmsTask (-WhatIf, -PassThru, a task that has not failed, a lost answer).
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Get-MmsTask' {
    It 'lists the tasks of a job, of piped jobs, and of the whole source' {
        $tasks = Get-MmsTask -SourceId 2000028 -JobId 103 @Conn
        $tasks | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTask])
        $tasks.TaskId | Should -Be @(1003, 1004, 1005)
        $tasks.Status | Should -Be @('INIT', 'INIT', 'INIT')
        $tasks[0].JobName | Should -Be 'mms_test_full'
        (Get-MmsJob -SourceId 2000028 -JobId 101, 102 @Conn | Get-MmsTask @Conn).TaskId | Should -Be @(1001, 1002)
        (Get-MmsTask -SourceId 2000028 @Conn).Count | Should -Be 5
    }

    It 'filters by status and sorts on the service' {
        $failed = Get-MmsTask -SourceId 2000028 -Status data_failed @Conn
        $failed.TaskId | Should -Be 1002
        "$($failed.SrcDbName).$($failed.SrcTableName)" | Should -Be 'logs.access_log'
        (Get-MmsTask -SourceId 2000028 -SortBy Status -Descending @Conn)[0].Status | Should -Be 'INIT'
        (Get-MmsJob -SourceId 2000028 @Conn | Get-MmsTask -Status DONE @Conn).TaskId | Should -Be 1001
    }

    It 'gets tasks by id, refreshes piped tasks, and reports unknown ids as MmsTaskNotFound' {
        $tasks = Get-MmsTask -SourceId 2000028 -TaskId 1002, 4242 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $tasks.TaskId | Should -Be 1002
        $tasks.EndTime | Should -BeOfType ([datetime])
        $err[0].FullyQualifiedErrorId | Should -Be "MmsTaskNotFound$($Suffix)GetMmsTaskCommand"
        $err[0].TargetObject.TaskId | Should -Be 4242
        ($tasks | Get-MmsTask @Conn).Status | Should -Be 'DATA_FAILED'
    }

    It 'an unknown job is MmsJobNotFound, not an empty list; an unknown source is MmsDataSourceNotFound' {
        Get-MmsTask -SourceId 2000028 -JobId 999 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsJobNotFound$($Suffix)GetMmsTaskCommand"
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject.JobId | Should -Be 999
        Get-MmsTask -SourceId 1234 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "MmsDataSourceNotFound$($Suffix)GetMmsTaskCommand"
    }

    It 'a job deleted after it was read is MmsJobNotFound when piped; a job with no task in the filter is just empty' {
        $job = New-MmsJob -SourceId 2000028 -Name short_lived -DbName sales @Conn
        $job | Remove-MmsJob -Confirm:$false @Conn
        $job | Get-MmsTask @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be "MmsJobNotFound$($Suffix)GetMmsTaskCommand"
        $err[0].TargetObject.JobId | Should -Be $job.JobId
        Get-Stat | Out-Null
        Get-MmsTask -SourceId 2000028 -JobId 103 -Status DONE @Conn -ErrorVariable err2 | Should -BeNullOrEmpty
        $err2 | Should -BeNullOrEmpty
        (Get-Stat).byAction.GetMmsJob | Should -Be 1 -Because 'only an empty listing of a job is checked, once'
    }

    It 'stops after the first page with -First' {
        Get-Stat | Out-Null
        (Get-MmsTask -SourceId 2000028 -First 2 @Conn).TaskId | Should -Be @(1001, 1002)
        (Get-Stat).requests | Should -Be 1
    }

    It 'has an 80-column table view' {
        $text = Get-MmsTask -SourceId 2000028 @Conn | Format-Table | Out-String -Width 200
        ($text -split "`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $text | Should -Match '1002\s+102 logs\.access_log\s+DATA_FAILED'
    }
}

Describe 'Get-MmsTaskLog' {
    It 'writes every step of a task, oldest first' {
        $logs = Get-MmsTaskLog -SourceId 2000028 -TaskId 1001 @Conn
        $logs | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTaskLog])
        $logs.Status | Should -Contain 'VERIFICATION_DONE'
        $logs[-1].Status | Should -Be 'DONE'
        @($logs.TaskId | Select-Object -Unique) | Should -Be @(1001)
        $logs[0].CreateTime | Should -BeLessThan $logs[-1].CreateTime
    }

    It 'takes tasks from the pipeline and reports unknown ones as MmsTaskNotFound' {
        $logs = Get-MmsTask -SourceId 2000028 -TaskId 1001, 1002 @Conn | Get-MmsTaskLog @Conn
        @($logs.TaskId | Select-Object -Unique) | Should -Be @(1001, 1002)
        Get-MmsTaskLog -SourceId 2000028 -TaskId 4242 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "MmsTaskNotFound$($Suffix)GetMmsTaskLogCommand"
    }

    It 'groups the view by task and wraps long messages within 80 columns' {
        $text = Get-MmsTaskLog -SourceId 2000028 -TaskId 1002 @Conn | Out-String -Width 80
        $text | Should -Match 'TaskId: 1002 \(source 2000028\)'
        ($text -split "`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        ($text -replace '\s+', ' ') | Should -Match 'YARN'
    }
}

Describe 'Restart-MmsTask' {
    BeforeEach {
        Clear-MmsEmulatorFault -Emulator $Emulator
        Get-Stat | Out-Null
    }

    It '-WhatIf sends no request' {
        # Without a host, so the "What if:" line stays out of the test log.
        Invoke-Hostless { param($conn) Restart-MmsTask -SourceId 2000028 -TaskId 1002 -WhatIf @conn } -ArgumentList $Conn | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
    }

    It 'a task that has not failed cannot be retried: a per-task error' {
        Restart-MmsTask -SourceId 2000028 -TaskId 1001 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "InvalidTaskStatus$($Suffix)RestartMmsTaskCommand"
        $err[0].TargetObject.TaskId | Should -Be 1001
    }

    It 'retries a failed task from the pipeline; -PassThru writes it after the retry; its job then ends DONE' {
        $task = Get-MmsTask -SourceId 2000028 -JobId 102 @Conn | Where-Object Status -like '*FAILED' |
            Restart-MmsTask -PassThru @Conn
        $task.TaskId | Should -Be 1002
        $task.RetriedTimes | Should -Be 1
        $stat = Get-Stat
        $stat.byAction.RetryMmsTask | Should -Be 1
        (Wait-MmsJob -SourceId 2000028 -JobId 102 -PollIntervalSec 0.05 @Conn).Status | Should -Be 'DONE'
        (Get-MmsTaskLog -SourceId 2000028 -TaskId 1002 @Conn).Action | Should -Contain 'retry'
    }

    It 'a retry whose answer is lost is not resent; the error says how to check' {
        $job = New-MmsJob -SourceId 2000028 -Name flaky -DbName sales -Table orders @Conn
        Set-MmsEmulatorFault -Emulator $Emulator -Kind jobfail -SourceId 2000028 -JobId $job.JobId -Times 1 | Out-Null
        $job | Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction SilentlyContinue | Out-Null
        $failed = $job | Get-MmsTask @Conn
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action RetryMmsTask -Times 1 | Out-Null
        Get-Stat | Out-Null
        $failed | Restart-MmsTask @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        (Get-Stat).byAction.RetryMmsTask | Should -Be 1
        $err[0].ErrorDetails.Message | Should -Match "check with Get-MmsTask -SourceId 2000028 -TaskId $($failed.TaskId)"
        ($failed | Get-MmsTask @Conn).RetriedTimes | Should -Be 1 -Because 'the retry took effect'
    }
}
