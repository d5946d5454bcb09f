<#
.SYNOPSIS
    Measures MmsPowerShell against the local emulator and writes docs/benchmarks.md.
.DESCRIPTION
    Every figure is a ratio against a floor measured in the same run, because this machine is noisy:
    import cost against a bare pwsh start and an empty manifest module; per-call cost against a raw
    signed HttpClient loop in C# run in the same pwsh, alternating in rounds, in two independent runs (with a
    profile by phase, and the HTTP path step by step); listing 3,000 tables at 100 ms latency concurrently against
    page after page, against the concurrency limit and against a raw concurrent C# listing; throughput of by-id
    calls under 50 ms latency against the ideal N x latency / limit; the 1,000,000-table source streamed into
    Measure-MmsMigration against a raw C# listing and a thin cmdlet over it; peak working set for 1,000 and 20,000
    ids and for that stream against 10,000 of it; requests per poll round while waiting on 150 running jobs
    (tools/Measure-MmsPollRound.ps1) against a read per job; planning a 100,000-table source against listing it, and
    the run's ledger at that size (tools/Measure-MmsMigrationPlan.ps1); peak working set while waiting on 1,000
    running jobs against 100, and over rounds (tools/Measure-MmsWaitMemory.ps1).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $RepoRoot,
    [int] $Rounds = 7,
    [int] $Calls = 1000,
    [int] $LatencyMs = 50,
    [int] $PerCallRounds = 30,
    [int] $PerCallBatch = 100,
    [int] $ListCount = 3000,
    [int] $ListLatencyMs = 100,
    [int] $ListLimit = 8,
    [int] $ListRounds = 5,
    [int] $PlanRounds = 5
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

    # 2. Per-call cost against a raw signed HttpClient loop: two independent runs, each in its own pwsh,
    #    alternating module and raw loop round by round (tools/Measure-MmsPerCall.ps1), plus the phase profile.
    $emulator = Start-MmsEmulator
    try {
        & dotnet build (Join-Path $RepoRoot 'tools/RawClientBench/RawClientBench.csproj') -c Release --nologo -v quiet | Out-Null
        if ($LASTEXITCODE -ne 0) { throw 'RawClientBench did not build' }
        # After the module, so RawClientBench binds to the MmsPowerShell.Core the module loaded.
        $benchDll = Join-Path $RepoRoot 'tools/RawClientBench/bin/Release/net10.0/RawClientBench.dll'
        Import-Module $benchDll
        $ladder = [RawClientBench.HttpPathProfile]::new($emulator.Endpoint, $emulator.Credential.UserName, $emulator.Credential.GetNetworkCredential().Password, 2000028, 22)
        try { $results.HttpPath = $ladder.Run(5000) } finally { $ladder.Dispose() }
        $env:MMS_BENCH_SECRET = $emulator.Credential.GetNetworkCredential().Password
        try {
            $results.PerCallRuns = @(foreach ($run in 1, 2) {
                    $json = @(& dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $RepoRoot 'tools/Measure-MmsPerCall.ps1') -RepoRoot $RepoRoot `
                            -Endpoint $emulator.Endpoint -AccessKeyId $emulator.Credential.UserName -Rounds $PerCallRounds -Batch $PerCallBatch)[-1]
                    if ($LASTEXITCODE -ne 0) { throw "per-call run $run failed" }
                    $json | ConvertFrom-Json
                })
        }
        finally {
            Remove-Item Env:MMS_BENCH_SECRET
        }

        # 4. Peak working set of a child pwsh: 1,000 and 20,000 ids (by id), and a 10,000-table listing against the
        #    emulator's 1,000,000-table source streamed into Measure-MmsMigration (streaming: neither should grow).
        $secret = $emulator.Credential.GetNetworkCredential().Password
        $prelude = "Import-Module '$modulePath'; `$c = [pscredential]::new('$($emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force)); " +
            "`$conn = @{ Endpoint = '$($emulator.Endpoint)'; Credential = `$c }; "
        $memory = [ordered]@{}
        foreach ($count in 1000, 20000) {
            $memory["$count"] = [long](Get-ChildOutput ($prelude +
                    "1..$count | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = 22 } } | Get-MmsTable @conn | Out-Null; " +
                    "[Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64"))
        }
        $results.PeakWorkingSet = $memory
        $stream = [ordered]@{}
        foreach ($first in 10000, 0) {
            $select = if ($first -gt 0) { "-First $first" } else { '' }
            $line = Get-ChildOutput ($prelude +
                "`$sw = [Diagnostics.Stopwatch]::StartNew(); `$s = Get-MmsTable -SourceId 9000001 $select @conn | Measure-MmsMigration; `$ms = `$sw.Elapsed.TotalMilliseconds; " +
                "'{0}|{1}|{2}' -f `$s.Tables, `$ms, [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64")
            $parts = $line -split '\|'
            $stream["$first"] = [pscustomobject]@{ Tables = [long]$parts[0]; Ms = [double]$parts[1]; PeakWorkingSet = [long]$parts[2] }
        }
        $results.Stream = $stream
        # The floors of that stream: a raw concurrent C# listing into DTOs, and a thin cmdlet writing the same
        # tables (mapped into MmsTable) into Measure-MmsMigration; each in its own child pwsh, as the module's.
        $floor = [ordered]@{}
        $floor.Raw = Get-ChildOutput ($prelude + "Import-Module '$benchDll'; " +
            "[RawClientBench.RawListing]::new('$($emulator.Endpoint)', '$($emulator.Credential.UserName)', '$secret').Measure(9000001, [long]::MaxValue, $ListLimit)")
        $floor.Thin = Get-ChildOutput ($prelude + "Import-Module '$benchDll'; " +
            "`$sw = [Diagnostics.Stopwatch]::StartNew(); `$s = Test-MmsBenchRawListing -SourceId 9000001 @conn -ThrottleLimit $ListLimit | Measure-MmsMigration; '{0}|{1}' -f `$s.Tables, `$sw.Elapsed.TotalMilliseconds")
        $results.StreamFloor = [ordered]@{}
        foreach ($key in $floor.Keys) {
            $parts = $floor[$key] -split '\|'
            $results.StreamFloor[$key] = [pscustomobject]@{ Tables = [long]$parts[0]; Ms = [double]$parts[1] }
        }
    }
    finally {
        $emulator | Stop-MmsEmulator
    }

    # 5. Listing at the concurrency limit: $ListCount tables at $ListLatencyMs ms latency with the default -ThrottleLimit
    #    ($ListLimit), against page after page (-ThrottleLimit 1), against the limit itself (the first page alone, then the
    #    rest $ListLimit at a time: one latency per round) and against a raw concurrent C# listing into DTOs
    #    (RawClientBench.RawListing, same limit, this pwsh); alternating, same objects in the same order.
    $slow = Start-MmsEmulator -LatencyMs $ListLatencyMs
    try {
        $conn = @{ Endpoint = $slow.Endpoint; Credential = $slow.Credential }
        $rawListing = [RawClientBench.RawListing]::new($slow.Endpoint, $slow.Credential.UserName, $slow.Credential.GetNetworkCredential().Password)
        Get-MmsTable -SourceId 9000001 -First 1000 @conn | Out-Null # warm
        $null = $rawListing.Measure(9000001, 1000, $ListLimit)
        $concurrentMs = @(); $sequentialMs = @(); $rawMs = @(); $sameOrder = $true
        $forms = [ordered]@{
            sequential = { $sw = [Diagnostics.Stopwatch]::StartNew(); $script:sequential = @(Get-MmsTable -SourceId 9000001 -First $ListCount -ThrottleLimit 1 @conn | ForEach-Object TableId); $script:sequentialMs += $sw.Elapsed.TotalMilliseconds }
            concurrent = { $sw = [Diagnostics.Stopwatch]::StartNew(); $script:concurrent = @(Get-MmsTable -SourceId 9000001 -First $ListCount -ThrottleLimit $ListLimit @conn | ForEach-Object TableId); $script:concurrentMs += $sw.Elapsed.TotalMilliseconds }
            raw        = { $script:rawMs += [double](($rawListing.Measure(9000001, $ListCount, $ListLimit) -split '\|')[1]) }
        }
        for ($i = 0; $i -lt $ListRounds; $i++) {
            $order = if ($i % 2 -eq 0) { @($forms.Keys) } else { @($forms.Keys)[2..0] }
            foreach ($name in $order) { & $forms[$name] }
            $sameOrder = $sameOrder -and $concurrent.Count -eq $ListCount -and ($null -eq (Compare-Object $sequential $concurrent -SyncWindow 0))
        }
        $rawListing.Dispose()
        $pages = [math]::Ceiling($ListCount / 100)
        $results.Listing = [pscustomobject]@{ ConcurrentMs = (Get-Median $concurrentMs); SequentialMs = (Get-Median $sequentialMs); RawMs = (Get-Median $rawMs); SameOrder = $sameOrder
            Pages = $pages; LimitMs = (1 + [math]::Ceiling(($pages - 1) / $ListLimit)) * $ListLatencyMs }
    }
    finally {
        $slow | Stop-MmsEmulator
    }

    # 6. Requests per poll round while waiting on 150 running jobs: Wait-MmsJob by the page against a GetMmsJob per
    #    job (counted by the emulator, so not a timing).
    $pollJson = @(& dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $RepoRoot 'tools/Measure-MmsPollRound.ps1') -RepoRoot $RepoRoot -Jobs 150)[-1]
    if ($LASTEXITCODE -ne 0) { throw 'the poll round count failed' }
    $results.PollRound = $pollJson | ConvertFrom-Json

    # 7. Migration runs (tools/Measure-MmsMigrationPlan.ps1): planning the 100,000 tables of source 9000002
    #    (`Invoke-MmsMigration -SourceId 9000002 -WhatIf`, reading the scope itself) against `Get-MmsTable` of the same
    #    tables, alternating, medians; and the run's ledger at that size, from the real planner's jobs.
    $planJson = @(& dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $RepoRoot 'tools/Measure-MmsMigrationPlan.ps1') -RepoRoot $RepoRoot -SourceId 9000002 -Rounds $PlanRounds)[-1]
    if ($LASTEXITCODE -ne 0) { throw 'the planning measure failed' }
    $results.Migration = $planJson | ConvertFrom-Json

    # 8. Memory while waiting (tools/Measure-MmsWaitMemory.ps1): peak working set of a pwsh whose Wait-MmsJob waits on
    #    1,000 running jobs against one waiting on 100, and after a short wait against after a long one.
    $waitJson = @(& dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $RepoRoot 'tools/Measure-MmsWaitMemory.ps1') -RepoRoot $RepoRoot)[-1]
    if ($LASTEXITCODE -ne 0) { throw 'the wait memory measure failed' }
    $results.WaitMemory = $waitJson | ConvertFrom-Json

    # 3. Throughput under latency.
    $slow = Start-MmsEmulator -LatencyMs $LatencyMs
    try {
        $conn = @{ Endpoint = $slow.Endpoint; Credential = $slow.Credential }
        $ids = 1..$Calls | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = 22 } }
        $throughput = [ordered]@{}
        foreach ($limit in 4, 8, 16, 32) {
            $elapsed = (Measure-Command { $ids | Get-MmsTable @conn -ThrottleLimit $limit | Out-Null }).TotalMilliseconds
            $throughput["$limit"] = [pscustomobject]@{ Ms = $elapsed; IdealMs = $Calls * $LatencyMs / $limit }
        }
        $results.Throughput = $throughput
    }
    finally {
        $slow | Stop-MmsEmulator
    }

    # Report.
    $load = (Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -split ' ' | Select-Object -First 3
    $importOverEmpty = $results.ImportMs - $results.EmptyModuleMs
    $runs = $results.PerCallRuns
    $agree = [math]::Abs($runs[0].Ratio.module.Median - $runs[1].Ratio.module.Median) / [math]::Min($runs[0].Ratio.module.Median, $runs[1].Ratio.module.Median)
    $fmtRatio = { param($r) '{0:N2}× (quartiles {1:N2}–{2:N2})' -f $r.Median, $r.P25, $r.P75 }
    $lines = @(
        '# Benchmarks'
        ''
        "Measured by ``build.ps1 -Task Bench`` on $(Get-Date -Format 'yyyy-MM-dd') ($([Environment]::ProcessorCount) cores, load average $($load -join ' ') at the end of the run, PowerShell $($PSVersionTable.PSVersion), .NET $([Environment]::Version)). "
        'Figures are ratios against a floor measured in the same run; absolute times vary with the machine.'
        ''
        '| measure | floor | MmsPowerShell | result | target |'
        '|---|---|---|---|---|'
        ('| import (median of {0} fresh `pwsh`) | empty module {1:N0} ms (bare start {2:N0} ms) | {3:N0} ms | +{4:N0} ms over the empty module | ≤ +30 ms |' -f $Rounds, $results.EmptyModuleMs, $results.BareStartMs, $results.ImportMs, $importOverEmpty)
    )
    foreach ($i in 0, 1) {
        $r = $runs[$i]
        $lines += ('| sequential `Get-MmsTable` calls, run {0} ({1} rounds of {2}, alternating) | raw signed HttpClient loop, same pwsh, {3:N0} µs/call | {4:N0} µs/call | {5} | ≤ 1.2× |' -f ($i + 1), $r.Rounds, $r.Batch, $r.MicrosecondsPerCall.raw, $r.MicrosecondsPerCall.module, (& $fmtRatio $r.Ratio.module))
    }
    $lines += ('| the two runs agree | run 1 median | run 2 median | {0:P0} apart | ≤ 10% |' -f $agree)
    foreach ($i in 0, 1) {
        $r = $runs[$i]
        $lines += ('| PowerShell alone, run {0}: a no-op cmdlet binding the same parameters | raw loop {1:N0} µs/call | {2:N0} µs/call | {3} | (what PowerShell charges a call) |' -f ($i + 1), $r.MicrosecondsPerCall.raw, $r.MicrosecondsPerCall.noop, (& $fmtRatio $r.Ratio.noop))
        $lines += ('| any cmdlet, run {0}: a thin cmdlet sending the raw loop''s own request (`-RawRequest`) | raw loop {1:N0} µs/call | {2:N0} µs/call | {3} | (the floor for a cmdlet) |' -f ($i + 1), $r.MicrosecondsPerCall.raw, $r.MicrosecondsPerCall.thinraw, (& $fmtRatio $r.Ratio.thinraw))
        $lines += ('| a thin cmdlet around the module''s client call, run {0} | raw loop {1:N0} µs/call | {2:N0} µs/call | {3} | (the floor for a cmdlet that returns `MmsTable`) |' -f ($i + 1), $r.MicrosecondsPerCall.raw, $r.MicrosecondsPerCall.thin, (& $fmtRatio $r.Ratio.thin))
        $lines += ('| the module''s HTTP path, run {0}: its transport (no decoding) in the thin cmdlet, against the raw request in the same thin cmdlet | thin raw {1:N0} µs/call | {2:N0} µs/call | {3} | (reported) |' -f ($i + 1), $r.MicrosecondsPerCall.thinraw, $r.MicrosecondsPerCall.thintransport, (& $fmtRatio $r.RatioToThinRaw.thintransport))
        $lines += ('| the floor of the client call, run {0}: the raw request''s answer decoded by the module''s reader and mapper, in the thin cmdlet | thin raw {1:N0} µs/call | {2:N0} µs/call | {3} | (the floor for a call that returns `MmsTable`) |' -f ($i + 1), $r.MicrosecondsPerCall.thinraw, $r.MicrosecondsPerCall.thindecoded, (& $fmtRatio $r.RatioToThinRaw.thindecoded))
        $lines += ('| the module''s client call, run {0}: in the thin cmdlet, against the raw request in the same thin cmdlet | thin raw {1:N0} µs/call; decoded: {2:N2}× | {3:N0} µs/call | {4} ({5:N2}× the decoded floor) | ≤ 1.05× |' -f ($i + 1), $r.MicrosecondsPerCall.thinraw, $r.RatioToThinRaw.thindecoded.Median, $r.MicrosecondsPerCall.thin, (& $fmtRatio $r.RatioToThinRaw.thin), ($r.MicrosecondsPerCall.thin / $r.MicrosecondsPerCall.thindecoded))
        $lines += ('| the same ids in one `Get-MmsTable` call (`-ThrottleLimit 1`), run {0} | raw loop {1:N0} µs/call | {2:N0} µs/id | {3} | (reported) |' -f ($i + 1), $r.MicrosecondsPerCall.raw, $r.MicrosecondsPerCall.ids, (& $fmtRatio $r.Ratio.ids))
        $lines += ('| `[pscustomobject]` rows piped in (`-ThrottleLimit 1`), run {0} | raw loop {1:N0} µs/call | {2:N0} µs/call | {3} | ≤ 1.4× if binding allows |' -f ($i + 1), $r.MicrosecondsPerCall.raw, $r.MicrosecondsPerCall.piped, (& $fmtRatio $r.Ratio.piped))
    }
    $l = $results.Listing
    $lines += ('| listing {0:N0} tables ({1} pages) at {2} ms latency, `-ThrottleLimit {3}` (median of {4}, alternating) | page after page (`-ThrottleLimit 1`) {5:N0} ms | {6:N0} ms | {7:N3}× (the limit: {8:N3}×); same objects, same order: {9} | (reported) |' -f $ListCount, $l.Pages, $ListLatencyMs, $ListLimit, $ListRounds, $l.SequentialMs, $l.ConcurrentMs, ($l.ConcurrentMs / $l.SequentialMs), ($l.LimitMs / $l.SequentialMs), $l.SameOrder)
    $lines += ('| that listing against the concurrency limit | the first page, then {0} pages {1} at a time: {2:N0} ms | {3:N0} ms | {4:N3}× | ≤ 1.05× |' -f ($l.Pages - 1), $ListLimit, $l.LimitMs, $l.ConcurrentMs, ($l.ConcurrentMs / $l.LimitMs))
    $lines += ('| a raw concurrent C# listing into DTOs (same pages, same limit, same pwsh) against the limit | {0:N0} ms | {1:N0} ms | {2:N3}× (`Get-MmsTable`: {3:N3}× this floor) | (the floor of any client on this machine) |' -f $l.LimitMs, $l.RawMs, ($l.RawMs / $l.LimitMs), ($l.ConcurrentMs / $l.RawMs))
    $million = $results.Stream['0']; $tenK = $results.Stream['10000']; $rawStream = $results.StreamFloor.Raw; $thinStream = $results.StreamFloor.Thin
    $lines += ('| raw concurrent C# listing of source 9000001 into DTOs ({0:N0} tables, {1} in flight) | — | {2:N1} s | {3:N0} objects/s | (floor) |' -f $rawStream.Tables, $ListLimit, ($rawStream.Ms / 1000), ($rawStream.Tables / ($rawStream.Ms / 1000)))
    $lines += ('| a thin cmdlet writing those tables (mapped into `MmsTable`) into `Measure-MmsMigration` | — | {0:N1} s | {1:N0} objects/s | (the floor for a cmdlet) |' -f ($thinStream.Ms / 1000), ($thinStream.Tables / ($thinStream.Ms / 1000)))
    $lines += ('| `Get-MmsTable -SourceId 9000001 \| Measure-MmsMigration` ({0:N0} tables) | thin cmdlet {1:N1} s | {2:N1} s | {3:N2}× the thin cmdlet; {4:N0} objects/s | ≤ 1.2× |' -f $million.Tables, ($thinStream.Ms / 1000), ($million.Ms / 1000), ($million.Ms / $thinStream.Ms), ($million.Tables / ($million.Ms / 1000)))
    $p = $results.PollRound
    $lines += ('| requests per poll round, `Wait-MmsJob` on {0} running jobs (counted by the emulator) | a GetMmsJob per job: {1} requests | {2:N0} requests ({3} ListMmsJobs pages, {4} GetMmsJob in {5} rounds) | {6:N3}× | ≤ 0.1× |' -f $p.Jobs, $p.PerJobRequestsPerRound, $p.PagedRequestsPerRound, $p.PagedListMmsJobs, $p.PagedGetMmsJob, $p.Rounds, $p.Ratio)
    $lines += ('| peak working set, that stream vs a {0:N0}-table listing | {1:N0} MB | {2:N0} MB | {3:N2}× | ≤ 1.2× |' -f $tenK.Tables, ($tenK.PeakWorkingSet / 1MB), ($million.PeakWorkingSet / 1MB), ($million.PeakWorkingSet / $tenK.PeakWorkingSet))
    foreach ($limit in $results.Throughput.Keys) {
        $t = $results.Throughput[$limit]
        $target = if ($limit -eq '8') { '≤ 1.25× (default limit)' } else { '' }
        $lines += ('| {0:N0} ids at {1} ms latency, `-ThrottleLimit {2}` | ideal {3:N0} ms | {4:N0} ms | {5:N2}× | {6} |' -f $Calls, $LatencyMs, $limit, $t.IdealMs, $t.Ms, ($t.Ms / $t.IdealMs), $target)
    }
    $m = $results.Migration
    $lines += ('| planning a {0:N0}-table source: `Invoke-MmsMigration -SourceId {1} -WhatIf` reading the scope itself ({2:N0} jobs; {3} requests: {4}), median of {5}, alternating | `Get-MmsTable -SourceId {1}`, same tables, same runspace: {6:N1} s | {7:N1} s | {8:N2}× | ≤ 1.5× |' -f $m.Tables, $m.SourceId, $m.PlannedJobs, $m.PlanRequests, $m.PlanActions, $m.Rounds, ($m.ListMs / 1000), ($m.PlanMs / 1000), $m.Ratio)
    $lines += ('| ledger of that run ({0:N0} jobs from the planner, each created and ended, one failed table in 100): size, and one atomic rewrite (median of 7) | — | {1:N1} MB, {2:N0} ms | reported | small enough to rewrite after every change |' -f $m.LedgerJobs, ($m.LedgerBytes / 1MB), $m.LedgerWriteMs)
    $w = $results.WaitMemory
    $waited = @($w.ByJobs.PSObject.Properties.Value | Sort-Object Jobs)
    $wFew = $waited[0]; $wMany = $waited[-1]
    $lines += ('| peak working set of a pwsh waiting (`Wait-MmsJob -PollIntervalSec {0}`, {1} s then {2} s) on {3:N0} running jobs ({4:N0} rounds) vs {5:N0} ({6:N0} rounds) | {5:N0} jobs: {7:N0} MB | {3:N0} jobs: {8:N0} MB | {9:N2}× (+{10:N0} MB over the process before waiting, vs +{11:N0} MB) | flat (≈ 1×) |' -f $w.PollIntervalSec, $wMany.ShortWaitSec, $wMany.LongWaitSec, $wMany.Jobs, $wMany.Rounds, $wFew.Jobs, $wFew.Rounds, ($wFew.AfterLongBytes / 1MB), ($wMany.AfterLongBytes / 1MB), ($wMany.AfterLongBytes / $wFew.AfterLongBytes), (($wMany.AfterLongBytes - $wMany.BeforeBytes) / 1MB), (($wFew.AfterLongBytes - $wFew.BeforeBytes) / 1MB))
    $lines += ('| the same wait on {0:N0} jobs over rounds: peak after the {1} s wait vs after the {2} s one | {3:N0} MB | {4:N0} MB | {5:N2}× | flat (≈ 1×) |' -f $wMany.Jobs, $wMany.ShortWaitSec, $wMany.LongWaitSec, ($wMany.AfterShortBytes / 1MB), ($wMany.AfterLongBytes / 1MB), ($wMany.AfterLongBytes / $wMany.AfterShortBytes))
    $small = $results.PeakWorkingSet['1000']
    $large = $results.PeakWorkingSet['20000']
    $lines += ('| peak working set, 20,000 ids vs 1,000 ids | {0:N0} MB | {1:N0} MB | {2:N2}× | flat (≈ 1×) |' -f ($small / 1MB), ($large / 1MB), ($large / $small))
    $lines += @(
        ''
        '## Per-call profile by phase'
        ''
        "Microseconds per call, median over the rounds of run 1, measured with a Stopwatch around each step of the module's own code (tools/RawClientBench/PhaseProfile.cs) and around cmdlets (tools/Measure-MmsPerCall.ps1), in the same pwsh as the raw loop."
        ''
        '| phase | µs/call | what |'
        '|---|---|---|'
    )
    $ph = $runs[0].Phases; $pc = $runs[0].MicrosecondsPerCall
    $lines += ('| signing | {0:N0} | `SignedRequestFactory.Create`: canonical request, SHA-256, HMAC, headers, `HttpRequestMessage` |' -f $ph.sign)
    $lines += ('| send and read | {0:N0} | the shared `HttpClient` round trip to the emulator, body read (includes the emulator''s own work) |' -f $ph.send)
    $lines += ('| parse | {0:N0} | source-generated JSON reader |' -f $ph.parse)
    $lines += ('| map | {0:N0} | DTO to `MmsTable` |' -f $ph.map)
    $lines += ('| transport overhead | {0:N0} | `MmsTransport.SendAsync` minus signing and send: retry loop, throttle gate, per-attempt timeout, capped read, log lines |' -f ($ph.transport - $ph.sign - $ph.send))
    $lines += ('| whole client call | {0:N0} | `MmsApiClient.GetTableAsync`, no PowerShell |' -f $ph.client)
    $lines += ('| PowerShell around the call | {0:N0} | the thin cmdlet minus the client call: binding, pipeline, `WriteObject` to `Out-Null` ({1:N0} for the no-op cmdlet alone), and the call itself slowed by the engine''s work between calls |' -f ($pc.thin - $ph.client), $pc.noop)
    $lines += ('| `Get-MmsTable`''s own cmdlet layer | {0:N0} | `Get-MmsTable` minus the thin cmdlet: connection resolution, client, ordered window, progress, Ctrl+C |' -f ($pc.module - $pc.thin))
    $lines += ('| **`Get-MmsTable`, one call** | **{0:N0}** | against the raw loop''s {1:N0} |' -f $pc.module, $pc.raw)
    $lines += @(
        ''
        '## The HTTP path, step by step'
        ''
        'Each step adds one thing the module does to the step above it (tools/RawClientBench/HttpPathProfile.cs), in C# without PowerShell: the raw request; the module''s signing (`SignedRequestFactory`) on a bare `HttpClient`; a `SocketsHttpHandler` with automatic decompression; the module''s `HttpClient` (the factory''s handler chain, its 5-minute backstop timeout); a per-attempt linked `CancellationTokenSource` with `CancelAfter`; headers first, then the body read; the same over an `HttpClient` without its own timeout and over a bare `HttpMessageInvoker` (the cuts considered), with and without decompression; `MmsTransport.SendAsync` (retry loop, throttle gate, capped read, header lookups); `MmsApiClient.GetTableAsync` (decoding and mapping). The steps take turns call by call, 5,000 calls each; ratios are to the raw request''s median and lower quartile.'
        ''
    )
    $lines += ($results.HttpPath -split "`r?`n")
    $lines += @(
        ''
        '## Why sequential calls stay above 1.2×'
        ''
        ('A compiled cmdlet that sends the raw loop''s own request, and does nothing else, costs {0:N2}× and {1:N2}× the raw loop (runs 1 and 2): PowerShell''s cost of invoking a cmdlet ({2:N0} µs) plus the request slowed by the engine''s work between calls. ' -f $runs[0].Ratio.thinraw.Median, $runs[1].Ratio.thinraw.Median, $pc.noop) +
        $(if ([math]::Min($runs[0].Ratio.thinraw.Median, $runs[1].Ratio.thinraw.Median) -gt 1.2) { 'No cmdlet that sends this request can come within 1.2× of a raw C# loop on this machine, whatever it does inside. ' } else { 'In this run that floor is within 1.2×, so the gap above it is the module''s own. ' }) +
        ('Above that floor, `Get-MmsTable` adds parsing and mapping the answer into `MmsTable` ({0:N0} µs), the module''s HTTP path (retries, throttle gate, per-attempt timeout, capped read, decompression: {1:N0} µs over the raw request, both in the thin cmdlet) and its cmdlet layer ({2:N0} µs). ' -f ($ph.parse + $ph.map), ($pc.thintransport - $pc.thinraw), ($pc.module - $pc.thin)) +
        ('Ids passed in one call pay PowerShell once: {0:N2}× per id (run 1), and with the default `-ThrottleLimit` they also overlap.' -f $runs[0].Ratio.ids.Median)
    )
    $r1 = $runs[0]; $r2 = $runs[1]
    $lines += @(
        ''
        '## Where the rest of the time goes'
        ''
        ('- **The HTTP path.** Inside the same thin cmdlet, the module''s transport (retries, throttle gate, per-attempt timeout token, capped read, decompression, the factory''s client) costs {0:N2}× and {1:N2}× the raw request (runs 1 and 2); in C# alone, step by step, see the table above. The cuts considered (a client without the factory''s handler chain or its own timeout, a bare `HttpMessageInvoker`, no decompression) are steps of that table; in the runs that decided this change each moved the ratio by less than its quartiles'' spread, so none was made: the module keeps its factory client (handler rotation for DNS), decompression and the client''s backstop timeout. ' -f $r1.RatioToThinRaw.thintransport.Median, $r2.RatioToThinRaw.thintransport.Median) +
        ('What remains between the raw request and the module''s client call is decoding: parsing and mapping the answer ({0:N0} µs in a loop; more between PowerShell calls, when the reader''s code and metadata are no longer in cache). Measured where it runs, the raw request''s answer decoded by the module''s own reader and mapper in the thin cmdlet costs {1:N2}× and {2:N2}× the raw request, the floor of any call that returns `MmsTable`; the client call costs {3:N2}× and {4:N2}×.' -f ($r1.Phases.parse + $r1.Phases.map), $r1.RatioToThinRaw.thindecoded.Median, $r2.RatioToThinRaw.thindecoded.Median, $r1.RatioToThinRaw.thin.Median, $r2.RatioToThinRaw.thin.Median)
        ('- **Listings at the concurrency limit.** A listing keeps {0} pages in flight and one more ready, which goes out the moment an answer is in; a listing cut short downstream cancels what it asked for. What is left above the limit is work the limit leaves out: the emulator building and serializing each page, parsing and mapping it, and writing the last page; the raw C# listing, which does all but the mapping and writing, takes {1:N2}× the limit on this machine, and `Get-MmsTable` {2:N2}× that floor.' -f $ListLimit, ($results.Listing.RawMs / $results.Listing.LimitMs), ($results.Listing.ConcurrentMs / $results.Listing.RawMs))
        ('- **A million tables.** The raw C# listing reads {0:N0} tables/s into DTOs; a cmdlet that only maps them and writes them into `Measure-MmsMigration` reaches {1:N0}/s: PowerShell''s pipeline, binding each object to the next cmdlet, is the floor of any cmdlet here, and `Get-MmsTable` reaches {2:N0}/s ({3:N2}× the thin cmdlet''s time). `MmsTable.Extra` is parsed when it is first read, so a stream that never looks at it parses no JSON for it.' -f ($results.StreamFloor.Raw.Tables / ($results.StreamFloor.Raw.Ms / 1000)), ($results.StreamFloor.Thin.Tables / ($results.StreamFloor.Thin.Ms / 1000)), ($million.Tables / ($million.Ms / 1000)), ($million.Ms / $results.StreamFloor.Thin.Ms))
    )
    $lines += @(
        ''
        '## How the per-call figure is kept stable'
        ''
        'The raw loop (tools/RawClientBench/RawLoop.cs) runs inside the same pwsh as the module, so both sides share the GC, the JIT state, the CPU and the emulator; '
        'each round times a batch of every form, in an order that flips every round, and the ratio is taken per round. A run reports the median ratio and its quartiles; '
        'two runs in separate pwsh processes must agree within 10%. Before, the raw loop ran in its own process, once per measure, and the ratio moved between 1.29× and 2.42×.'
        ''
        '## Requests per poll round'
        ''
        'Counted with the emulator''s stats (tools/Measure-MmsPollRound.ps1), so load on the machine does not change it. The jobs of source 2000060 run with a ten-minute task step, so they stay DOING; '
        'the per-job floor is `Get-MmsJob -JobId` with every id, one GetMmsJob each, what a poller that reads every job sends each round. Each `Wait-MmsJob -WaitTimeoutSec 3 -PollIntervalSec 3600` reads exactly one round (when the time is up it reads nothing more); the script checks before and after each round that every job is DOING, and that the round read each of them DOING, and fails otherwise. How the reading works: docs/waiting.md.'
        ''
        '## Planning a whole run, and its ledger'
        ''
        'tools/Measure-MmsMigrationPlan.ps1. Source 9000002 of the emulator has 100,000 generated tables in one database. The planning row times `Invoke-MmsMigration -SourceId 9000002 -TableStatus <all five states> -WhatIf`: it reads the scope itself (every table, page by page, and the run''s jobs by name), plans every table into jobs of 100 and writes a "What if:" line per job (into a hostless runspace). The floor is `Get-MmsTable -SourceId 9000002` of the same tables in the same runspace; the two alternate which goes first, and each figure is the median of the rounds. An untimed first round checks that the plan holds every listed table, sent only ListMmsTables pages and ListMmsJobs (no request per table), and raised no error; the script fails otherwise.'
        'The ledger row writes the ledger of that run at its largest: the jobs the real planner makes of the 100,000 tables, each filled in as a run leaves it (created, ended DONE, ids, times, task counts, the ledger''s own notes), the run''s settings, and one failed table in 100 with a Hive error message; it is read back whole, and the figure is the median of 7 atomic rewrites (`MmsMigrationLedger.Save`: temporary file, flush, rename), what the run does after every change.'
        ''
        '## Memory while waiting on many jobs'
        ''
        'tools/Measure-MmsWaitMemory.ps1. 1,000 jobs of one table each on source 2000060, started with a ten-minute task step so they stay DOING (checked before and after). A fresh pwsh per count imports the module and runs `Wait-MmsJob -PollIntervalSec 0.5` on the first 100 or all 1,000 jobs, first for 3 s, then for 15 s; each wait ends with a timeout error per job (checked: no job ended). The rows give the process''s peak working set (`PeakWorkingSet64`) after the long wait, 1,000 jobs against 100, with the growth over the process before it waited; and, for 1,000 jobs, after the short wait against after the long one (more rounds must not cost more memory). Rounds are counted by the emulator (ListMmsJobs pages over pages per round).'
        ''
        '## Spec notes: page size'
        ''
        '- What the service accepts: the API reference documents no maximum (the shared spec: "page size limits are not documented, so follow `total`"); its ListMmsTables example asks for 100. The emulator caps `pageSize` at 100 (`Answers.MaxPageSize`), as a service with a cap would.'
        '- What the module asks: always `MmsApiClient.PageSize` = 100 on every list operation (tables, partitions, databases, data sources, and the job side''s lists), the example''s size and the emulator''s cap, so a listing costs the fewest round trips the service is known to allow (10,000 tables = 100 pages; 1,000,000 = 10,000 pages).'
        '- Why a constant, and what it relies on: the first page''s `total` says how many pages follow; they are fetched up to `-ThrottleLimit` at once and written in page order. A first page shorter than 100 whose `total` says more follow is taken as the service''s own page size, and the later pages are numbered by it (tested with the emulator''s `smallpages` fault, which caps ListMmsTables at 25), so a service that silently capped pages below 100 still lists everything.'
    )
    $docs = Join-Path $RepoRoot 'docs'
    New-Item -ItemType Directory -Path $docs -Force | Out-Null
    $lines | Set-Content (Join-Path $docs 'benchmarks.md')
    $lines | Select-Object -Skip 5 | Write-Host
    $results | ConvertTo-Json -Depth 6 | Set-Content (Join-Path ([IO.Path]::GetTempPath()) 'mms-bench-results.json')
}
finally {
    Pop-Location
}
