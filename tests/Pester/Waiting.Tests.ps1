# Waiting for the service's background work, against the emulator: Wait-MmsJob (a job given twice, failure,
# timeout, Ctrl+C, progress, unreadable answers).
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Wait-MmsJob' {
    BeforeEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'waits once for a job given twice' {
        (Wait-MmsJob -SourceId 2000028 -JobId 101, 101 @Conn).JobId | Should -Be 101
    }

    It 'waits for several jobs at once and writes each as it ends' {
        $jobs = New-MmsJob -SourceId 2000028 -Name a -DbName sales -Table orders @Conn
        $jobs = @($jobs) + (New-MmsJob -SourceId 2000028 -Name b -DbName mms_test -DestinationProject mma_mms_test @Conn)
        $ended = $jobs | Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn
        $ended.Name | Should -Be @('a', 'b') -Because 'the one-table job ends first'
        $ended.Status | Should -Be @('DONE', 'DONE')
    }

    It 'a job that ends FAILED is written and is an MmsJobFailed error targeting the job' {
        $job = New-MmsJob -SourceId 2000028 -Name doomed -DbName sales -Table orders @Conn
        Set-MmsEmulatorFault -Emulator $Emulator -Kind jobfail -SourceId 2000028 -JobId $job.JobId | Out-Null
        $ended = $job | Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $ended.Status | Should -Be 'FAILED'
        $err[0].FullyQualifiedErrorId | Should -Be "MmsJobFailed$($Suffix)WaitMmsJobCommand"
        $err[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $err[0].TargetObject.JobId | Should -Be $job.JobId
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'Get-MmsTaskLog'
        ($err[0].TargetObject | Get-MmsTask @Conn | Get-MmsTaskLog @Conn)[-1].Message | Should -Match 'Access Denied'
        { $job | Wait-MmsJob @Conn -ErrorAction Stop } | Should -Throw -ErrorId "MmsJobFailed$($Suffix)WaitMmsJobCommand"
    }

    It 'a timeout is an OperationTimeout error per job still running, and writes nothing for it' {
        $stopwatch = [Diagnostics.Stopwatch]::StartNew()
        $ended = Wait-MmsJob -SourceId 2000028 -JobId 103, 101 -TimeoutSec 1 -PollIntervalSec 0.2 @Conn -ErrorVariable err -ErrorAction SilentlyContinue -WarningVariable warn -WarningAction SilentlyContinue
        $stopwatch.Elapsed.TotalSeconds | Should -BeLessThan 5
        $warn.Count | Should -Be 1 -Because 'a job never started is told once, at its first read, not at every poll'
        $warn[0].Message | Should -Be "job 103 'mms_test_full' (source 2000028) is INIT: it was never started, so waiting alone does not end it. Start-MmsJob -SourceId 2000028 -JobId 103 starts it (New-MmsJob only creates a job)."
        $ended.JobId | Should -Be 101
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsWaitTimeout$($Suffix)WaitMmsJobCommand"
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $err[0].TargetObject.JobId | Should -Be 103
        $err[0].TargetObject.Status | Should -Be 'INIT'
        $err[0].Exception.Message | Should -Match 'still INIT \(not started\): 0/3 tasks done'
        $err[0].ErrorDetails.RecommendedAction | Should -Be 'Start it with Start-MmsJob -SourceId 2000028 -JobId 103, then wait again.'
    }

    It 'a job that started and runs past the timeout is told to wait longer, not to start' {
        Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 5000 | Out-Null
        $job = New-MmsJob -SourceId 2000028 -Name slow_wait -DbName mms_test -DestinationProject mma_mms_test @Conn | Start-MmsJob -PassThru @Conn
        try {
            $job | Wait-MmsJob -TimeoutSec 1 -PollIntervalSec 0.2 @Conn -ErrorVariable err -ErrorAction SilentlyContinue -WarningVariable warn | Out-Null
            $warn | Should -BeNullOrEmpty
            $err[0].FullyQualifiedErrorId | Should -Be "MmsWaitTimeout$($Suffix)WaitMmsJobCommand"
            $err[0].Exception.Message | Should -Not -Match 'not started'
            $err[0].ErrorDetails.RecommendedAction | Should -Match '^Wait longer with a larger -TimeoutSec'
        }
        finally {
            $job | Stop-MmsJob @Conn -ErrorAction SilentlyContinue
            Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 30 | Out-Null
        }
    }

    It 'one unreadable answer while polling is read again, with a warning; the job is still written when it ends' {
        Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 200 | Out-Null
        try {
            $a = New-MmsJob -SourceId 2000028 -Name flaky_a -DbName logs @Conn | Start-MmsJob -PassThru @Conn
            $b = New-MmsJob -SourceId 2000028 -Name flaky_b -DbName sales @Conn | Start-MmsJob -PassThru @Conn
            # Two running jobs are read by one ListMmsJobs page: an unreadable page is a failed read of both.
            Set-MmsEmulatorFault -Emulator $Emulator -Kind truncated -Action ListMmsJobs -Times 1 | Out-Null
            $ended = $a, $b | Wait-MmsJob -PollIntervalSec 0.1 -TimeoutSec 60 @Conn -ErrorVariable err -WarningVariable warn -WarningAction SilentlyContinue
            $err | Should -BeNullOrEmpty
            @($ended.JobId | Sort-Object) | Should -Be @(@($a.JobId, $b.JobId) | Sort-Object)
            $ended.Status | Should -Be 'DONE', 'DONE'
            $warn.Count | Should -Be 2
            foreach ($job in $a, $b) {
                @($warn.Message -match "^Could not read source 2000028, job $($job.JobId); reading it again at the next poll \(1 of 3 failed reads in a row allowed\): The answer is not valid JSON.+\(MmsInvalidResponse, HTTP 200, request id .+\)$") | Should -HaveCount 1
            }
        }
        finally {
            Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 30 | Out-Null
        }
    }

    It 'an answer that stays unreadable gives the job up after three reads in a row, with the error' {
        Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 5000 | Out-Null
        $a = New-MmsJob -SourceId 2000028 -Name garbled -DbName logs @Conn | Start-MmsJob -PassThru @Conn
        try {
            Set-MmsEmulatorFault -Emulator $Emulator -Kind truncated -Action GetMmsJob -JobId $a.JobId | Out-Null
            $ended = $a | Wait-MmsJob -PollIntervalSec 0.05 -TimeoutSec 30 @Conn -ErrorVariable err -ErrorAction SilentlyContinue -WarningVariable warn -WarningAction SilentlyContinue
            $ended | Should -BeNullOrEmpty
            $warn.Count | Should -Be 2
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'MmsInvalidResponse,*WaitMmsJobCommand'
            $err[0].TargetObject.JobId | Should -Be $a.JobId
        }
        finally {
            Clear-MmsEmulatorFault -Emulator $Emulator
            $a | Stop-MmsJob @Conn -ErrorAction SilentlyContinue
            Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 30 | Out-Null
        }
    }

    It 'an unknown job is MmsJobNotFound; the others are still waited for' {
        $ended = Wait-MmsJob -SourceId 2000028 -JobId 999, 101 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $ended.JobId | Should -Be 101
        $err[0].FullyQualifiedErrorId | Should -Be "MmsJobNotFound$($Suffix)WaitMmsJobCommand"
    }

    It 'shows a progress bar per job with tasks done out of all' {
        $call = Start-InRunspace '$j = New-MmsJob -SourceId 2000028 -Name progress -DbName mms_test -DestinationProject mma_mms_test @Conn | Start-MmsJob -PassThru @Conn; $j | Wait-MmsJob -PollIntervalSec 0.05 @Conn'
        try {
            $ended = $call.PowerShell.EndInvoke($call.Handle)
            $ended.Status | Should -Be 'DONE'
            $waiting = $call.PowerShell.Streams.Progress | Where-Object Activity -Like 'Waiting for job*'
            $waiting | Should -Not -BeNullOrEmpty
            $waiting[0].StatusDescription | Should -Match '^DOING: \d/3 tasks done \(\d+%\)$'
            $waiting[-1].RecordType | Should -Be 'Completed'
            $call.PowerShell.Streams.Progress | Where-Object Activity -Like "Creating source 2000028, new job 'progress'" | Should -Not -BeNullOrEmpty
        }
        finally { $call.PowerShell.Dispose() }
    }

    It 'Ctrl+C stops waiting at once' {
        Get-Stat | Out-Null
        $call = Start-InRunspace 'Wait-MmsJob -SourceId 2000028 -JobId 103 -PollIntervalSec 60 @Conn'
        try {
            while ((Get-MmsEmulatorStat -Emulator $Emulator).byAction.GetMmsJob -lt 1) { Start-Sleep -Milliseconds 50 }
            Start-Sleep -Milliseconds 200
            $stopwatch = [Diagnostics.Stopwatch]::StartNew()
            $call.PowerShell.Stop()
            $stopwatch.Elapsed.TotalSeconds | Should -BeLessThan 5 -Because 'a 60 s poll interval must not hold Ctrl+C'
            $call.PowerShell.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally { $call.PowerShell.Dispose() }
    }
}
