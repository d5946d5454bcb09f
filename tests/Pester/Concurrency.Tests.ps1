# Bounded concurrency with ordered output, against an emulator that answers after 100 ms. Timing is never asserted here (see build.ps1 -Task Bench);
# the emulator's in-flight counter shows how many requests were really outstanding at once.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -LatencyMs 100 | Out-Null
    function Get-Ids([int] $Count) { 1..$Count | ForEach-Object { [pscustomobject]@{ SourceId = 9000001; TableId = $_ } } }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Get-MmsTable -ThrottleLimit' {
    BeforeEach {
        Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null
    }

    It 'keeps up to <Limit> requests in flight and writes results in input order' -ForEach @(
        @{ Limit = 1 }
        @{ Limit = 4 }
        @{ Limit = 8 }
    ) {
        $ids = 40..1
        $tables = Get-MmsTable -SourceId 9000001 -TableId $ids @Conn -ThrottleLimit $Limit
        $tables.TableId | Should -Be $ids
        $stats = Get-MmsEmulatorStat -Emulator $Emulator
        $stats.requests | Should -Be 40
        $stats.maxInFlight | Should -BeLessOrEqual $Limit
        if ($Limit -gt 1) { $stats.maxInFlight | Should -BeGreaterThan 1 }
    }

    It 'runs pipeline input concurrently too, with the default limit of 8' {
        $tables = Get-Ids 40 | Get-MmsTable @Conn
        $tables.TableId | Should -Be (1..40)
        $stats = Get-MmsEmulatorStat -Emulator $Emulator
        $stats.maxInFlight | Should -BeGreaterThan 1
        $stats.maxInFlight | Should -BeLessOrEqual 8
    }

    It 'streams: the first result reaches the next command before the input ends' {
        $firstSeenAfter = $null
        $count = 0
        Get-Ids 30 | Get-MmsTable @Conn -ThrottleLimit 2 | ForEach-Object {
            if ($null -eq $firstSeenAfter) { $firstSeenAfter = (Get-MmsEmulatorStat -Emulator $Emulator).requests }
            $count++
        }
        $count | Should -Be 30
        $firstSeenAfter | Should -BeLessThan 30 -Because 'results are written while later ids are still being fetched'
    }

    It 'Get-MmsTableColumn fetches by id concurrently and in order' {
        $columns = Get-MmsTableColumn -SourceId 9000001 -TableId (12..1) @Conn -ThrottleLimit 6
        ($columns | Select-Object -ExpandProperty TableId -Unique) | Should -Be (12..1)
        (Get-MmsEmulatorStat -Emulator $Emulator).maxInFlight | Should -BeGreaterThan 1
    }

    It 'Ctrl+C stops a full window at once' {
        $ps = (Start-InRunspace 'Get-MmsTable -SourceId 9000001 -TableId (1..5000) @Conn -ThrottleLimit 16').PowerShell
        try {
            Wait-For -TimeoutSec 60 { (Get-MmsEmulatorStat -Emulator $Emulator).requests -ge 20 } | Out-Null
            $ps.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            Start-Sleep -Milliseconds 300
            $settled = (Get-MmsEmulatorStat -Emulator $Emulator).requests
            Start-Sleep -Milliseconds 500
            (Get-MmsEmulatorStat -Emulator $Emulator).requests | Should -Be $settled -Because 'nothing is sent after the stop'
            $settled | Should -BeLessThan 5000
        }
        finally {
            $ps.Dispose()
        }
    }

    It 'validates the limit' {
        { Get-MmsTable -SourceId 9000001 -TableId 1 @Conn -ThrottleLimit 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.GetMmsTableCommand'
    }
}
