# -ThrottleLimit 1: requests one after another, each waited for before the next. The behaviours of the fault matrix
# hold there too: retries, the throttling pause, the per-attempt timeout, capped reads, Ctrl+C, proxies, the order
# of output and errors per id.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $script:ErrorIdSuffix = ',MmsPowerShell.Commands.GetMmsTableCommand'
    $script:One = @{ ThrottleLimit = 1 }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Get-MmsTable -ThrottleLimit 1' {
    BeforeEach {
        Clear-MmsEmulatorFault -Emulator $Emulator
        Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null
    }

    It '1,000 ids with 10 failing along the way: 990 objects and 10 errors in input order, one request at a time' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 403 -Code Forbidden.RAM -SourceId 9000001 -TableIdModulo 100 | Out-Null
        $all = @(Get-MmsTable -SourceId 9000001 -TableId (1..1000) @Conn @One 2>&1)
        $objects = @($all | Where-Object { $_ -is [MmsPowerShell.Core.Models.MmsTable] })
        $errors = @($all | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        $objects.Count | Should -Be 990
        $errors.Count | Should -Be 10
        $sequence = $all | ForEach-Object { if ($_ -is [Management.Automation.ErrorRecord]) { $_.TargetObject.TableId } else { $_.TableId } }
        ($sequence -join ',') | Should -Be ((1..1000) -join ',')
        $errors[0].FullyQualifiedErrorId | Should -Be "Forbidden.RAM$ErrorIdSuffix"
        $stat = Get-Stat
        $stat.requests | Should -Be 1000
        $stat.maxInFlight | Should -Be 1
    }

    It 'reads ahead: the next request goes out while the answer before it is written, still one in flight' {
        # Table 1 answers after the request for table 2 is surely queued behind it; table 2 answers slowly, so its request
        # is still in flight when table 1 reaches the next command.
        Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -DelayMs 300 -SourceId 9000001 -TableId 1 | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -DelayMs 1500 -SourceId 9000001 -TableId 2 | Out-Null
        $script:requestsWhenFirstWritten = $null
        $tables = @(Get-MmsTable -SourceId 9000001 -TableId 1, 2, 3 @Conn @One | ForEach-Object {
                if ($_.TableId -eq 1) {
                    $deadline = [DateTime]::UtcNow.AddMilliseconds(1000)
                    do { $script:requestsWhenFirstWritten = (Get-MmsEmulatorStat -Emulator $Emulator).requests } while ($script:requestsWhenFirstWritten -lt 2 -and [DateTime]::UtcNow -lt $deadline)
                }
                $_
            })
        $tables.TableId | Should -Be 1, 2, 3
        $script:requestsWhenFirstWritten | Should -Be 2 -Because 'the request for table 2 was sent before table 1 was written, and no further'
        $stat = Get-Stat
        $stat.requests | Should -Be 3
        $stat.maxInFlight | Should -Be 1
    }

    It 'pipeline rows: each answered in its place, a missing table an error between them' {
        $rows = 22, 999999999, 22 | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = $_ } }
        $all = @($rows | Get-MmsTable @Conn @One 2>&1)
        $all.Count | Should -Be 3
        $all[0].Name | Should -Be 'test'
        $all[1].FullyQualifiedErrorId | Should -Be "MmsTableNotFound$ErrorIdSuffix"
        $all[1].TargetObject.TableId | Should -Be 999999999
        $all[2].Name | Should -Be 'test'
    }

    It 'throttling with Retry-After: waits as asked, retries, succeeds' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 429 -Code Throttling.User -RetryAfterMs 300 -TableId 22 -Times 1 | Out-Null
        $stopwatch = [Diagnostics.Stopwatch]::StartNew()
        $verbose = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn @One -Verbose 4>&1
        $stopwatch.Elapsed.TotalMilliseconds | Should -BeGreaterOrEqual 300
        ($verbose | Where-Object { $_ -is [MmsPowerShell.Core.Models.MmsTable] }).Name | Should -Be 'test'
        ($verbose | Where-Object { $_ -is [Management.Automation.VerboseRecord] }) -join "`n" |
            Should -Match 'Attempt 1 of 4 failed: Throttling\.User \(HTTP 429\), the service asked to wait 300 ms; retrying in 300 ms'
        Get-Requests | Should -Be 2
    }

    It 'a throttled id is retried in its place, before the ids after it' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 429 -Code Throttling.User -RetryAfterMs 400 -SourceId 9000001 -TableId 2 -Times 1 | Out-Null
        $tables = @(Get-MmsTable -SourceId 9000001 -TableId 1, 2, 3 @Conn @One)
        $tables.TableId | Should -Be 1, 2, 3
        Get-Requests | Should -Be 4
    }

    It '5xx then success: retried transparently; 5xx forever: the error after the maximum attempts' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 500 -Code InternalError -Times 1 | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn @One).Name | Should -Be 'test'
        Get-Requests | Should -Be 2
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 503 -Code ServiceUnavailable | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn @One -MaximumRetryCount 2 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be "ServiceUnavailable$ErrorIdSuffix"
        $err[0].Exception.Attempts | Should -Be 3
        Get-Requests | Should -Be 3
    }

    It 'connection reset: retried, and a connection error when it persists' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind reset -Times 1 | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn @One).Name | Should -Be 'test'
        Set-MmsEmulatorFault -Emulator $Emulator -Kind reset | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn @One -MaximumRetryCount 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "MmsConnectionFailed$ErrorIdSuffix"
    }

    It 'a server that never answers: each attempt times out, then an OperationTimeout error' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind hang | Out-Null
        $stopwatch = [Diagnostics.Stopwatch]::StartNew()
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn @One -TimeoutSec 1 -MaximumRetryCount 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $stopwatch.Elapsed.TotalSeconds | Should -BeLessThan 30
        $err[0].FullyQualifiedErrorId | Should -Be "MmsRequestTimeout$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        Get-Requests | Should -Be 2
    }

    It '<Kind>: a bad or oversized answer is an InvalidData error' -ForEach @(
        @{ Kind = 'truncated' }
        @{ Kind = 'largebody' }
        @{ Kind = 'html' }
    ) {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind $Kind -Status 502 | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn @One -MaximumRetryCount 0 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $err[0].FullyQualifiedErrorId | Should -BeIn @("MmsInvalidResponse$ErrorIdSuffix", "MmsResponseTooLarge$ErrorIdSuffix")
    }

    It 'Ctrl+C while a request hangs: stops at once' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind hang | Out-Null
        $stop = Stop-Midway 'Get-MmsTable @Conn -SourceId 2000028 -TableId 22 -TimeoutSec 600 -ThrottleLimit 1'
        $stop.StopSeconds | Should -BeLessThan 10 -Because 'a 600 s request must not hold Ctrl+C'
        $stop.State | Should -Be 'Stopped'
    }

    It 'Ctrl+C during a backoff wait: stops at once, nothing more sent' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 429 -Code Throttling -RetryAfterMs 60000 | Out-Null
        $stop = Stop-Midway 'Get-MmsTable @Conn -SourceId 2000028 -TableId 22, 22 -ThrottleLimit 1' -ThenMs 200
        $stop.StopSeconds | Should -BeLessThan 10 -Because 'a 60 s Retry-After wait must not hold Ctrl+C'
        $stop.State | Should -Be 'Stopped'
        $stop.Settled | Should -Be 1
    }

    It 'Ctrl+C mid-listing: stops at once and asks for no page after' {
        Assert-ListingStopsMidway -ThrottleLimit 1
    }

    It 'a listing page after page: every table, in order' {
        $paged = @(Get-MmsTable -SourceId 2000028 @Conn @One)
        $concurrent = @(Get-MmsTable -SourceId 2000028 @Conn)
        $paged.Count | Should -BeGreaterThan 0
        ($paged.TableId -join ',') | Should -Be ($concurrent.TableId -join ',')
    }

    Context 'proxies' {
        BeforeAll {
            $script:ProxyEmulator = Start-TestEmulator -Standalone
        }

        AfterAll {
            $ProxyEmulator | Stop-MmsEmulator
        }

        It 'sends through -Proxy' {
            Get-MmsEmulatorStat -Emulator $ProxyEmulator -Reset | Out-Null
            (Get-MmsTable -SourceId 2000028 -TableId 22, 22 @Conn @One -Proxy $ProxyEmulator.Endpoint).Name | Should -Be 'test', 'test'
            (Get-MmsEmulatorStat -Emulator $ProxyEmulator).requests | Should -Be 2
            Get-Requests | Should -Be 0
        }

        It 'a proxy that cannot be reached is a connection error naming it without its password' {
            Get-MmsTable -SourceId 2000028 -TableId 22 @Conn @One -Proxy 'http://user:Pr0xySecret@127.0.0.1:9/' -MaximumRetryCount 0 -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "MmsConnectionFailed$ErrorIdSuffix"
            ($err[0] | Out-String) | Should -Not -Match 'Pr0xySecret'
        }
    }
}
