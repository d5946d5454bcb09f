# Bounded concurrency with ordered output. Timing is never asserted here (see build.ps1 -Task Bench);
# the emulator's in-flight counter shows how many requests were really outstanding at once.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $script:Slow = Start-MmsEmulator -LatencyMs 100
    $script:SlowConn = @{ Endpoint = $Slow.Endpoint; Credential = $Slow.Credential }
    function Get-Ids([int] $Count) { 1..$Count | ForEach-Object { [pscustomobject]@{ SourceId = 9000001; TableId = $_ } } }
}

AfterAll {
    $Slow | Stop-MmsEmulator
}

Describe 'Get-MmsTable -ThrottleLimit' {
    BeforeEach {
        Get-MmsEmulatorStat -Emulator $Slow -Reset | Out-Null
    }

    It 'keeps up to <Limit> requests in flight and writes results in input order' -ForEach @(
        @{ Limit = 1 }
        @{ Limit = 4 }
        @{ Limit = 8 }
    ) {
        $ids = 40..1
        $tables = Get-MmsTable -SourceId 9000001 -TableId $ids @SlowConn -ThrottleLimit $Limit
        $tables.TableId | Should -Be $ids
        $stats = Get-MmsEmulatorStat -Emulator $Slow
        $stats.requests | Should -Be 40
        $stats.maxInFlight | Should -BeLessOrEqual $Limit
        if ($Limit -gt 1) { $stats.maxInFlight | Should -BeGreaterThan 1 }
    }

    It 'runs pipeline input concurrently too, with the default limit of 8' {
        $tables = Get-Ids 40 | Get-MmsTable @SlowConn
        $tables.TableId | Should -Be (1..40)
        $stats = Get-MmsEmulatorStat -Emulator $Slow
        $stats.maxInFlight | Should -BeGreaterThan 1
        $stats.maxInFlight | Should -BeLessOrEqual 8
    }

    It 'streams: the first result reaches the next command before the input ends' {
        $firstSeenAfter = $null
        $count = 0
        Get-Ids 30 | Get-MmsTable @SlowConn -ThrottleLimit 2 | ForEach-Object {
            if ($null -eq $firstSeenAfter) { $firstSeenAfter = (Get-MmsEmulatorStat -Emulator $Slow).requests }
            $count++
        }
        $count | Should -Be 30
        $firstSeenAfter | Should -BeLessThan 30 -Because 'results are written while later ids are still being fetched'
    }

    It 'Get-MmsTableColumn fetches by id concurrently and in order' {
        $columns = Get-MmsTableColumn -SourceId 9000001 -TableId (12..1) @SlowConn -ThrottleLimit 6
        ($columns | Select-Object -ExpandProperty TableId -Unique) | Should -Be (12..1)
        (Get-MmsEmulatorStat -Emulator $Slow).maxInFlight | Should -BeGreaterThan 1
    }

    It 'Ctrl+C stops a full window at once' {
        $secret = $Slow.Credential.GetNetworkCredential().Password
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$ModulePath'; `$c = [pscredential]::new('$($Slow.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force)); Get-MmsTable -SourceId 9000001 -TableId (1..5000) -Endpoint '$($Slow.Endpoint)' -Credential `$c -ThrottleLimit 16")
        $handle = $ps.BeginInvoke()
        try {
            while ((Get-MmsEmulatorStat -Emulator $Slow).requests -lt 20) { Start-Sleep -Milliseconds 50 }
            $ps.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            Start-Sleep -Milliseconds 300
            $settled = (Get-MmsEmulatorStat -Emulator $Slow).requests
            Start-Sleep -Milliseconds 500
            (Get-MmsEmulatorStat -Emulator $Slow).requests | Should -Be $settled -Because 'nothing is sent after the stop'
            $settled | Should -BeLessThan 5000
        }
        finally {
            $ps.Dispose()
        }
    }

    It 'validates the limit' {
        { Get-MmsTable -SourceId 9000001 -TableId 1 @SlowConn -ThrottleLimit 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.GetMmsTableCommand'
    }
}

Describe 'Import cost' {
    It 'creates no HTTP stack and no DI container at import' {
        Push-Location $RepoRoot
        try {
            $loaded = & dotnet pwsh -NoProfile -NonInteractive -Command "Import-Module '$ModulePath'; [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name"
        }
        finally { Pop-Location }
        $loaded | Should -Contain 'MmsPowerShell'
        $loaded | Should -Not -Contain 'Microsoft.Extensions.Http'
        $loaded | Should -Not -Contain 'Microsoft.Extensions.DependencyInjection'
    }
}
