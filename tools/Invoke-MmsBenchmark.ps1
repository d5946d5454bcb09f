<#
.SYNOPSIS
    Measures MmsPowerShell against the local emulator and writes docs/benchmarks.md.
.DESCRIPTION
    Every figure is a ratio against a floor measured in the same run, because this machine is noisy:
    import cost against a bare pwsh start and an empty manifest module; per-call cost against a raw
    signed HttpClient loop in C#; throughput under 50 ms latency against the ideal N x latency / limit;
    peak working set for 1,000 and 20,000 ids.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $RepoRoot,
    [int] $Rounds = 7,
    [int] $Calls = 1000,
    [int] $LatencyMs = 50
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$modulePath = Join-Path $RepoRoot 'out/MmsPowerShell/MmsPowerShell.psd1'
Import-Module (Join-Path $RepoRoot 'out/MmsEmulator/MmsEmulator.psd1') -Force
Import-Module $modulePath -Force

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $sorted[[int][math]::Floor($sorted.Count / 2)]
}

function Measure-ChildPwsh([string] $Command) {
    $stopwatch = [Diagnostics.Stopwatch]::StartNew()
    & dotnet pwsh -NoProfile -NonInteractive -Command $Command | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "child pwsh failed: $Command" }
    $stopwatch.Elapsed.TotalMilliseconds
}

function Get-ChildOutput([string] $Command) {
    $output = @(& dotnet pwsh -NoProfile -NonInteractive -Command $Command)
    if ($LASTEXITCODE -ne 0) { throw "child pwsh failed: $Command" }
    $output[-1]
}

Push-Location $RepoRoot
try {
    $results = [ordered]@{}

    # 1. Import cost, rounds interleaved so drift hits all three alike.
    $empty = Join-Path ([IO.Path]::GetTempPath()) "mms-bench-empty-$PID"
    New-Item -ItemType Directory -Path $empty -Force | Out-Null
    Set-Content (Join-Path $empty 'Empty.psd1') "@{ ModuleVersion = '1.0.0' }"
    $bare = @(); $emptyModule = @(); $ours = @()
    Measure-ChildPwsh 'exit 0' | Out-Null # warm the disk cache
    for ($i = 0; $i -lt $Rounds; $i++) {
        $bare += Measure-ChildPwsh 'exit 0'
        $emptyModule += Measure-ChildPwsh "Import-Module '$empty/Empty.psd1'"
        $ours += Measure-ChildPwsh "Import-Module '$modulePath'"
    }
    Remove-Item $empty -Recurse -Force
    $results.BareStartMs = Get-Median $bare
    $results.EmptyModuleMs = Get-Median $emptyModule
    $results.ImportMs = Get-Median $ours

    # 2. Per-call cost against a raw signed HttpClient loop, same emulator, same run.
    $emulator = Start-MmsEmulator
    try {
        $conn = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
        & dotnet build (Join-Path $RepoRoot 'tools/RawClientBench/RawClientBench.csproj') -c Release --nologo -v quiet | Out-Null
        $raw = Join-Path $RepoRoot 'tools/RawClientBench/bin/Release/net10.0/RawClientBench.dll'
        $env:MMS_BENCH_SECRET = $emulator.Credential.GetNetworkCredential().Password
        try {
            $rawMs = @(); $pipelineMs = @(); $loopMs = @()
            $ids = 1..$Calls | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = 22 } }
            # Tiered JIT needs far more than a few calls to settle: one full untimed round of each form first.
            $ids | Get-MmsTable @conn -ThrottleLimit 1 | Out-Null
            foreach ($id in $ids) { Get-MmsTable -SourceId $id.SourceId -TableId $id.TableId @conn -ThrottleLimit 1 | Out-Null }
            for ($i = 0; $i -lt 5; $i++) {
                $rawMs += [double](& dotnet $raw $emulator.Endpoint $emulator.Credential.UserName MMS_BENCH_SECRET 2000028 22 $Calls)
                $pipelineMs += (Measure-Command { $ids | Get-MmsTable @conn -ThrottleLimit 1 | Out-Null }).TotalMilliseconds
                $loopMs += (Measure-Command { foreach ($id in $ids) { Get-MmsTable -SourceId $id.SourceId -TableId $id.TableId @conn -ThrottleLimit 1 | Out-Null } }).TotalMilliseconds
            }
        }
        finally {
            Remove-Item Env:MMS_BENCH_SECRET
        }
        $results.RawLoopMs = Get-Median $rawMs
        $results.PipelineMs = Get-Median $pipelineMs
        $results.SeparateCallsMs = Get-Median $loopMs

        # 4. Peak working set of a child pwsh for 1,000 and 20,000 ids (streaming: should not grow).
        $secret = $emulator.Credential.GetNetworkCredential().Password
        $memory = [ordered]@{}
        foreach ($count in 1000, 20000) {
            $script = "Import-Module '$modulePath'; `$c = [pscredential]::new('$($emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force)); " +
                "1..$count | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = 22 } } | Get-MmsTable -Endpoint '$($emulator.Endpoint)' -Credential `$c | Out-Null; " +
                "[Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64"
            $memory["$count"] = [long](Get-ChildOutput $script)
        }
        $results.PeakWorkingSet = $memory
    }
    finally {
        $emulator | Stop-MmsEmulator
    }

    # 3. Throughput under latency.
    $slow = Start-MmsEmulator -LatencyMs $LatencyMs
    try {
        $conn = @{ Endpoint = $slow.Endpoint; Credential = $slow.Credential }
        $ids = 1..$Calls | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = 22 } }
        $throughput = [ordered]@{}
        foreach ($limit in 1, 4, 8, 16, 32) {
            $elapsed = (Measure-Command { $ids | Get-MmsTable @conn -ThrottleLimit $limit | Out-Null }).TotalMilliseconds
            $throughput["$limit"] = [pscustomobject]@{ Ms = $elapsed; IdealMs = $Calls * $LatencyMs / $limit }
        }
        $results.Throughput = $throughput
    }
    finally {
        $slow | Stop-MmsEmulator
    }

    # Report.
    $importOverEmpty = $results.ImportMs - $results.EmptyModuleMs
    $lines = @(
        '# Benchmarks'
        ''
        "Measured by ``build.ps1 -Task Bench`` on $(Get-Date -Format 'yyyy-MM-dd') ($([Environment]::ProcessorCount) cores, PowerShell $($PSVersionTable.PSVersion), .NET $([Environment]::Version)). "
        'Figures are ratios against a floor measured in the same run; absolute times vary with the machine.'
        ''
        '| measure | floor | MmsPowerShell | result | target |'
        '|---|---|---|---|---|'
        ('| import (median of {0} fresh `pwsh`) | empty module {1:N0} ms (bare start {2:N0} ms) | {3:N0} ms | +{4:N0} ms over the empty module | ≤ +60 ms |' -f $Rounds, $results.EmptyModuleMs, $results.BareStartMs, $results.ImportMs, $importOverEmpty)
        ('| {0:N0} sequential `Get-MmsTable` calls | raw signed HttpClient loop {1:N0} ms | {2:N0} ms | {3:N2}× | ≤ 1.3× |' -f $Calls, $results.RawLoopMs, $results.SeparateCallsMs, ($results.SeparateCallsMs / $results.RawLoopMs))
        ('| {0:N0} `[pscustomobject]` rows piped in (`-ThrottleLimit 1`) | raw signed HttpClient loop {1:N0} ms | {2:N0} ms | {3:N2}× | (reported: includes binding each row by property name) |' -f $Calls, $results.RawLoopMs, $results.PipelineMs, ($results.PipelineMs / $results.RawLoopMs))
    )
    foreach ($limit in $results.Throughput.Keys) {
        $t = $results.Throughput[$limit]
        $target = if ($limit -eq '8') { '≤ 1.25× (default limit)' } else { '' }
        $lines += ('| {0:N0} ids at {1} ms latency, `-ThrottleLimit {2}` | ideal {3:N0} ms | {4:N0} ms | {5:N2}× | {6} |' -f $Calls, $LatencyMs, $limit, $t.IdealMs, $t.Ms, ($t.Ms / $t.IdealMs), $target)
    }
    $small = $results.PeakWorkingSet['1000']
    $large = $results.PeakWorkingSet['20000']
    $lines += ('| peak working set, 20,000 ids vs 1,000 ids | {0:N0} MB | {1:N0} MB | {2:N2}× | flat (≈ 1×) |' -f ($small / 1MB), ($large / 1MB), ($large / $small))
    $docs = Join-Path $RepoRoot 'docs'
    New-Item -ItemType Directory -Path $docs -Force | Out-Null
    $lines | Set-Content (Join-Path $docs 'benchmarks.md')
    $lines | Select-Object -Skip 5 | Write-Host
}
finally {
    Pop-Location
}
