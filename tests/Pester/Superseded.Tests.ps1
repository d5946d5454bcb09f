# Nothing migrated twice by accident, against the emulator: a FAILED job whose failed tables later jobs have migrated
# since is superseded; Get-MmsJob shows it (State SUPERSEDED, SupersededBy) at the cost of one task listing per
# database of the failed jobs; Restart-MmsJob and Restart-MmsTask refuse it with MmsSuperseded unless -Force.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'Superseded failed jobs' {
    It 'a failed job nobody has migrated since is not superseded; plain listings read no tasks' {
        Get-Stat | Out-Null
        $done = Get-MmsJob -SourceId 2000028 -Status DONE @Conn
        $done.JobId | Should -Be 101
        (Get-Stat).requests | Should -Be 1 -Because 'jobs that are not FAILED cost nothing extra'
        $failed = Get-MmsJob -SourceId 2000028 -Status FAILED @Conn
        $failed.JobId | Should -Be 102
        $failed.IsSuperseded | Should -BeFalse
        $failed.SupersededBy.Count | Should -Be 0
        $failed.State | Should -Be 'FAILED'
        (Get-Stat).byAction.ListMmsTasks | Should -Be 1
    }

    It 'is superseded once a later job has migrated its failed table, and says by which job, into which project' {
        $job = Get-MmsTable -SourceId 2000028 -Status FAILED @Conn | New-MmsJob -Name redo -DestinationProject mc_proj @Conn -WarningAction SilentlyContinue |
            Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction Stop
        $script:LaterJob = $job
        $old = Get-MmsJob -SourceId 2000028 -JobId 102 @Conn
        $old.Status | Should -Be 'FAILED' -Because 'the service''s status is kept as it is'
        $old.State | Should -Be 'SUPERSEDED'
        $old.IsSuperseded | Should -BeTrue
        $old.SupersededBy.Count | Should -Be 1
        $old.SupersededBy[0].TableName | Should -Be 'access_log'
        $old.SupersededBy[0].JobId | Should -Be $job.JobId
        $old.SupersededBy[0].JobName | Should -Be 'redo'
        $old.SupersededBy[0].DestinationProject | Should -Be 'mc_proj'
        $old.SupersededBy[0].FailedTaskId | Should -Be 1002
        "$($old.SupersededBy)" | Should -Be "access_log by job $($job.JobId) into mc_proj"
    }

    It 'shows in the default view, and -Status FAILED pipelines can leave it out' {
        $text = Get-MmsJob -SourceId 2000028 @Conn | Format-Table | Out-String -Width 200
        $text | Should -Match '102 logs_nightly\s+SUPERSEDED'
        ($text -split "`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        (Get-MmsJob -SourceId 2000028 -JobId 102 @Conn | Format-List | Out-String -Width 200) | Should -Match "SupersededBy\s+: access_log by job $($LaterJob.JobId) into mc_proj"
        Get-MmsJob -SourceId 2000028 -Status FAILED @Conn | Where-Object State -EQ FAILED | Should -BeNullOrEmpty
    }

    It 'Restart-MmsJob skips it with an MmsSuperseded error naming the later job and table, and sends no retry' {
        Get-Stat | Out-Null
        $out = Get-MmsJob -SourceId 2000028 -Status FAILED @Conn | Restart-MmsJob -PassThru @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsSuperseded$($Suffix)RestartMmsJobCommand"
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].TargetObject.JobId | Should -Be 102
        $err[0].Exception.Message | Should -Match "table logs\.access_log was migrated since by job $($LaterJob.JobId) 'redo' into mc_proj"
        $err[0].ErrorDetails.RecommendedAction | Should -Match '-Force'
        $stat = Get-Stat
        $stat.byAction.RetryMmsJob | Should -BeNullOrEmpty
        (Get-MmsJob -SourceId 2000028 -JobId 102 @Conn).Status | Should -Be 'FAILED'
        { Restart-MmsJob -SourceId 2000028 -JobId 102 @Conn -ErrorAction Stop } | Should -Throw -ErrorId "MmsSuperseded$($Suffix)RestartMmsJobCommand"
    }

    It 'Restart-MmsTask skips its failed task the same way' {
        Get-Stat | Out-Null
        Get-MmsTask -SourceId 2000028 -JobId 102 @Conn | Restart-MmsTask @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsSuperseded$($Suffix)RestartMmsTaskCommand"
        $err[0].TargetObject.TaskId | Should -Be 1002
        $err[0].Exception.Message | Should -Match "by job $($LaterJob.JobId) 'redo' into mc_proj"
        (Get-Stat).byAction.RetryMmsTask | Should -BeNullOrEmpty
    }

    It '-WhatIf still sends nothing at all' {
        Get-Stat | Out-Null
        Invoke-Hostless { param($conn) Restart-MmsJob -SourceId 2000028 -JobId 102 -WhatIf @conn; Restart-MmsTask -SourceId 2000028 -TaskId 1002 -WhatIf @conn } -ArgumentList $Conn |
            Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
    }

    It '-Force retries it anyway' {
        Get-Stat | Out-Null
        $job = Restart-MmsJob -SourceId 2000028 -JobId 102 -Force -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction Stop
        $job.Status | Should -Be 'DONE'
        (Get-Stat).byAction.RetryMmsJob | Should -Be 1
        (Get-MmsJob -SourceId 2000028 -JobId 102 @Conn).State | Should -Be 'DONE'
    }
}

Describe 'Partly superseded and not-failed work' {
    It 'a failed job with one table not migrated since is not superseded, and is retried' {
        # Both tables of the job fail their data step once; then only orders is migrated again by a later job.
        $job = New-MmsJob -SourceId 2000028 -Name pair -DbName sales -Table orders, customers -DestinationProject dw @Conn
        Set-MmsEmulatorFault -Emulator $Emulator -Kind jobfail -SourceId 2000028 -JobId $job.JobId -Times 2 | Out-Null
        $job = $job | Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction SilentlyContinue
        (Get-MmsJob -SourceId 2000028 -JobId $job.JobId @Conn).Status | Should -Be 'FAILED'
        New-MmsJob -SourceId 2000028 -Name orders-again -DbName sales -Table orders -DestinationProject dw @Conn |
            Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction Stop | Out-Null
        $pair = Get-MmsJob -SourceId 2000028 -JobId $job.JobId @Conn
        $pair.IsSuperseded | Should -BeFalse
        $pair.State | Should -Be 'FAILED'
        Get-Stat | Out-Null
        $pair | Restart-MmsJob @Conn -ErrorVariable err
        $err | Should -BeNullOrEmpty
        (Get-Stat).byAction.RetryMmsJob | Should -Be 1
        # Its orders task alone is superseded.
        $tasks = Get-MmsTask -SourceId 2000028 -JobId $job.JobId @Conn
        $tasks.Count | Should -Be 2
    }

    It 'a task that has not failed passes to the service, which refuses it as before' {
        Restart-MmsTask -SourceId 2000028 -TaskId 1001 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "InvalidTaskStatus$($Suffix)RestartMmsTaskCommand"
    }

    It 'Get-MmsJob still writes a failed job whose database''s tasks cannot be read, with one warning' {
        $job = New-MmsJob -SourceId 2000028 -Name unread -DbName sales -Table customers -DestinationProject dw @Conn
        Set-MmsEmulatorFault -Emulator $Emulator -Kind jobfail -SourceId 2000028 -JobId $job.JobId -Times 1 | Out-Null
        $job | Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction SilentlyContinue | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 500 -Code InternalError -Action ListMmsTasks | Out-Null
        try {
            $jobs = Get-MmsJob -SourceId 2000028 -Status FAILED @Conn -MaximumRetryCount 0 -WarningVariable warn -ErrorVariable err
            $err | Should -BeNullOrEmpty
            $jobs.JobId | Should -Be $job.JobId
            $jobs.State | Should -Be 'FAILED'
            $warn.Count | Should -Be 1
            $warn[0].Message | Should -Match 'SupersededBy is empty for the FAILED jobs of source 2000028, database sales'
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
    }

    It 'a failed read before the retry is an error for that job, and nothing is sent' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 500 -Code InternalError -Action ListMmsTasks | Out-Null
        try {
            $failed = New-MmsJob -SourceId 2000028 -Name lone -DbName logs -Table access_log -DestinationProject x @Conn
            Set-MmsEmulatorFault -Emulator $Emulator -Kind jobfail -SourceId 2000028 -JobId $failed.JobId -Times 1 | Out-Null
            $failed | Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction SilentlyContinue | Out-Null
            Get-Stat | Out-Null
            $failed | Restart-MmsJob @Conn -MaximumRetryCount 0 -ErrorVariable err -ErrorAction SilentlyContinue
            $err.Count | Should -Be 1
            $err[0].TargetObject.JobId | Should -Be $failed.JobId
            (Get-Stat).byAction.RetryMmsJob | Should -BeNullOrEmpty
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
    }
}
