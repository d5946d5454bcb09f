# Answers the service should not send, over HTTP from the emulator's 'field' fault (the real answer with one field
# rewritten): a listing's total below what its pages hold, log entries of another task, negative or impossible counts,
# empty statuses, ids no request can name, null names. Each gets an outcome the user can act on, never silence.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    function Set-Field([string] $Action, [string] $Field, [string] $Value, [int] $Every = 1) {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind field -Action $Action -Field $Field -Value $Value -Every $Every
    }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'a listing whose total is smaller than its pages' {
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'reads on past the total, writes every item and says so (one page: total <Total>)' -ForEach @(
        @{ Total = '1' }
        @{ Total = '0' }
        @{ Total = '-1' }
    ) {
        $all = @(Get-MmsJob -SourceId 2000028 @Conn)
        $all.Count | Should -BeGreaterThan 1
        Set-Field ListMmsJobs total $Total
        $listed = @(Get-MmsJob -SourceId 2000028 @Conn -WarningVariable warned -WarningAction SilentlyContinue)
        @($listed.JobId) | Should -Be @($all.JobId)
        @($warned).Count | Should -Be 1
        "$warned" | Should -Match "The service counts $Total item\(s\) in the listing of data source 2000028, but its pages hold more"
    }

    It 'reads the pages past the total when the total ends mid-list (150 of a million, -First 350)' {
        Set-Field ListMmsTables total 150
        Get-Stat | Out-Null
        $tables = @(Get-MmsTable -SourceId 9000001 -First 350 @Conn -WarningVariable warned -WarningAction SilentlyContinue)
        $tables.Count | Should -Be 350
        @($tables.TableId | Select-Object -Unique).Count | Should -Be 350
        "$warned" | Should -Match 'counts 150 item\(s\)'
        (Get-Stat).byAction.ListMmsTables | Should -Be 4
    }

    It 'an exact total costs no extra request and says nothing' {
        Get-Stat | Out-Null
        @(Get-MmsTable -SourceId 9000001 -First 250 @Conn -WarningVariable warned).Count | Should -Be 250
        $warned | Should -BeNullOrEmpty
        (Get-Stat).byAction.ListMmsTables | Should -Be 3
    }
}

Describe 'task logs that name another task' {
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'leaves them out with one warning naming the count' {
        $task = Get-MmsTask -SourceId 2000028 @Conn | Select-Object -First 1
        $own = @(Get-MmsTaskLog -SourceId 2000028 -TaskId $task.TaskId @Conn)
        $own.Count | Should -BeGreaterThan 2
        Set-Field ListMmsTaskLogs taskId 999999 -Every 2
        $logs = @(Get-MmsTaskLog -SourceId 2000028 -TaskId $task.TaskId @Conn -WarningVariable warned -WarningAction SilentlyContinue)
        $foreign = [math]::Ceiling($own.Count / 2)
        $logs.Count | Should -Be ($own.Count - $foreign)
        $logs | ForEach-Object { $_.TaskId | Should -Be $task.TaskId }
        @($warned).Count | Should -Be 1
        "$warned" | Should -Match "log of task $($task.TaskId) with $foreign entr(y|ies) of other tasks \(999999\)"
    }
}

Describe 'counts and states taken on trust' {
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'a negative taskDone is 0, not a negative percentage' {
        Set-Field GetMmsJob taskDone -3
        $job = Get-MmsJob -SourceId 2000028 -JobId 101 @Conn
        $job.TaskDone | Should -Be 0
        $job.PercentDone | Should -Be 0
        $job.Progress | Should -Not -Match '-'
    }

    It 'a taskDone above taskNum never shows more than 100%' {
        Set-Field GetMmsJob taskDone 700
        $job = Get-MmsJob -SourceId 2000028 -JobId 101 @Conn
        $job.PercentDone | Should -Be 100
        $job.Progress | Should -Match '\(100%\)$'
    }

    It 'a taskDone that is not a number (<Value>) is MmsInvalidResponse, not a crash or a 0' -ForEach @(
        @{ Value = '"NaN"' }
        @{ Value = '1.5e400' }
    ) {
        Set-Field GetMmsJob taskDone $Value
        Get-MmsJob -SourceId 2000028 -JobId 101 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidResponse,MmsPowerShell.Commands.GetMmsJobCommand'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidData'
    }

    It 'an empty job status (<Value>) is told at once by Wait-MmsJob, and its timeout says "(no status)"' -ForEach @(
        @{ Value = '""' }
        @{ Value = 'null' }
    ) {
        Set-Field GetMmsJob status $Value
        Wait-MmsJob -SourceId 2000028 -JobId 103 -WaitTimeoutSec 3 -PollIntervalSec 0.2 @Conn -WarningVariable warned -WarningAction SilentlyContinue -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
        ($warned -join "`n") | Should -Match 'has no status'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'MmsWaitTimeout*'
        $err[0].Exception.Message | Should -Match '\(no status\)'
        $err[0].Exception.Message | Should -Not -Match 'still :'
    }
}

Describe 'ids and names taken on trust' {
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'an id too large for any id (1e30) is MmsInvalidResponse' {
        Set-Field GetMmsJob id 1e30
        Get-MmsJob -SourceId 2000028 -JobId 101 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidResponse,MmsPowerShell.Commands.GetMmsJobCommand'
    }

    It 'a listed item whose id no request can name (<Value>) is left out with an error; the others are written' -ForEach @(
        @{ Value = '-5' }
        @{ Value = '0' }
    ) {
        $all = @(Get-MmsJob -SourceId 2000028 @Conn)
        Set-Field ListMmsJobs id $Value -Every 2
        $listed = @(Get-MmsJob -SourceId 2000028 @Conn -ErrorVariable err -ErrorAction SilentlyContinue)
        $bad = [math]::Ceiling($all.Count / 2)
        $listed.Count | Should -Be ($all.Count - $bad)
        $listed | ForEach-Object { $_.JobId | Should -BeGreaterThan 0 }
        # Two bad items share the id: the second is the same key, written once, so one error is enough to tell.
        $err.Count | Should -BeGreaterOrEqual 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidResponse,MmsPowerShell.Commands.GetMmsJobCommand'
        $err[0].Exception.Message | Should -Match "with the id $Value, which no request can name"
        $err[0].TargetObject.JobId | Should -Be ([long]$Value)
    }

    It 'a null job name lists, filters and reads back without a failure' {
        Set-Field ListMmsJobs name null
        $listed = @(Get-MmsJob -SourceId 2000028 @Conn -ErrorVariable err)
        $listed.Count | Should -BeGreaterThan 0
        $err | Should -BeNullOrEmpty
        @(Get-MmsJob -SourceId 2000028 -Name 'sales*' @Conn -ErrorVariable err2) | Should -BeNullOrEmpty
        $err2 | Should -BeNullOrEmpty
        ($listed | Format-Table | Out-String) | Should -Match 'JobId'
        Clear-MmsEmulatorFault -Emulator $Emulator
        Set-Field GetMmsJob name null
        $stopped = Stop-MmsJob -SourceId 2000028 -JobId 103 -PassThru @Conn -Confirm:$false -ErrorVariable err3
        $err3 | Should -BeNullOrEmpty
        $stopped.JobId | Should -Be 103
        $stopped.Name | Should -BeNullOrEmpty
        ($stopped | Out-String) | Should -Match '103'
    }
}
