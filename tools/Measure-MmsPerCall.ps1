<#
.SYNOPSIS
    One run of the per-call benchmark, in its own pwsh: the module against a raw signed HttpClient loop,
    alternating in rounds inside this one process (same GC, JIT, CPU and emulator), plus the phase profile.
.DESCRIPTION
    Each round runs a batch of each form, in an order that flips every round (so drift within a round hits
    both sides alike): the raw loop (RawClientBench.RawLoop), separate Get-MmsTable calls, the same calls on a
    no-op cmdlet with the parameters bound here (what PowerShell alone charges), on a thin cmdlet that makes the
    module's client call and nothing else, on the same thin cmdlet sending the raw loop's request (the floor of
    any cmdlet that sends it), sending it through the module's transport without decoding (its HTTP path) and
    decoding the raw request's answer with the module's reader and mapper (the floor of the client call), the same ids in one Get-MmsTable call, and [pscustomobject] rows piped into one
    Get-MmsTable. The ratios are taken per round; the run reports their median and quartiles.
    Writes one JSON object. The secret comes from $env:MMS_BENCH_SECRET, not the command line.
#>
param(
    [Parameter(Mandatory)] [string] $RepoRoot,
    [Parameter(Mandatory)] [string] $Endpoint,
    [Parameter(Mandatory)] [string] $AccessKeyId,
    [int] $Rounds = 30,
    [int] $Batch = 100
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $RepoRoot 'out/MmsPowerShell/MmsPowerShell.psd1')
# After the module, so RawClientBench binds to the MmsPowerShell.Core the module loaded.
Import-Module (Join-Path $RepoRoot 'tools/RawClientBench/bin/Release/net10.0/RawClientBench.dll')
$secret = $env:MMS_BENCH_SECRET
$credential = [pscredential]::new($AccessKeyId, (ConvertTo-SecureString $secret -AsPlainText -Force))
$conn = @{ Endpoint = $Endpoint; Credential = $credential }
$raw = [RawClientBench.RawLoop]::new($Endpoint, $AccessKeyId, $secret, 2000028, 22)
$phaseProfile = [RawClientBench.PhaseProfile]::new($Endpoint, $AccessKeyId, $secret, 2000028, 22)
[RawClientBench.TestMmsBenchThinCallCommand]::Connect($Endpoint, $AccessKeyId, $secret, $raw)
$ids = [long[]](1..$Batch | ForEach-Object { 22 })
$rows = 1..$Batch | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = 22 } }

$forms = [ordered]@{
    raw      = { $raw.Run($Batch) }
    module   = { $sw = [Diagnostics.Stopwatch]::StartNew(); foreach ($i in 1..$Batch) { Get-MmsTable -SourceId 2000028 -TableId 22 @conn -ThrottleLimit 1 | Out-Null }; $sw.Elapsed.TotalMilliseconds }
    noop     = { $sw = [Diagnostics.Stopwatch]::StartNew(); foreach ($i in 1..$Batch) { Test-MmsBenchNoop -SourceId 2000028 -TableId 22 @conn -ThrottleLimit 1 | Out-Null }; $sw.Elapsed.TotalMilliseconds }
    thin     = { $sw = [Diagnostics.Stopwatch]::StartNew(); foreach ($i in 1..$Batch) { Test-MmsBenchThinCall -SourceId 2000028 -TableId 22 @conn -ThrottleLimit 1 | Out-Null }; $sw.Elapsed.TotalMilliseconds }
    thintransport = { $sw = [Diagnostics.Stopwatch]::StartNew(); foreach ($i in 1..$Batch) { Test-MmsBenchThinCall -SourceId 2000028 -TableId 22 @conn -ThrottleLimit 1 -TransportOnly | Out-Null }; $sw.Elapsed.TotalMilliseconds }
    thinraw  = { $sw = [Diagnostics.Stopwatch]::StartNew(); foreach ($i in 1..$Batch) { Test-MmsBenchThinCall -SourceId 2000028 -TableId 22 @conn -ThrottleLimit 1 -RawRequest | Out-Null }; $sw.Elapsed.TotalMilliseconds }
    thindecoded = { $sw = [Diagnostics.Stopwatch]::StartNew(); foreach ($i in 1..$Batch) { Test-MmsBenchThinCall -SourceId 2000028 -TableId 22 @conn -ThrottleLimit 1 -RawRequestDecoded | Out-Null }; $sw.Elapsed.TotalMilliseconds }
    ids      = { $sw = [Diagnostics.Stopwatch]::StartNew(); Get-MmsTable -SourceId 2000028 -TableId $ids @conn -ThrottleLimit 1 | Out-Null; $sw.Elapsed.TotalMilliseconds }
    piped    = { $sw = [Diagnostics.Stopwatch]::StartNew(); $rows | Get-MmsTable @conn -ThrottleLimit 1 | Out-Null; $sw.Elapsed.TotalMilliseconds }
}
# Tiered JIT and PowerShell's own compilation settle only after thousands of calls (3,000 were not always
# enough): untimed rounds of every form first.
for ($i = 0; $i -lt [math]::Max(5, [int](5000 / $Batch)); $i++) { foreach ($form in $forms.Values) { & $form | Out-Null }; $null = $phaseProfile.Phases($Batch) }

$ratios = @{}; $perCall = @{}
foreach ($name in $forms.Keys) { $perCall[$name] = [Collections.Generic.List[double]]::new(); if ($name -ne 'raw') { $ratios[$name] = [Collections.Generic.List[double]]::new() } }
# The module's client call and its transport against the raw request, each inside the same thin cmdlet.
$thinRatios = @{ thin = [Collections.Generic.List[double]]::new(); thintransport = [Collections.Generic.List[double]]::new(); thindecoded = [Collections.Generic.List[double]]::new() }
$phases = @{}
$names = @($forms.Keys)
for ($round = 0; $round -lt $Rounds; $round++) {
    $order = if ($round % 2 -eq 0) { $names } else { $names[($names.Count - 1)..0] }
    $ms = @{}
    foreach ($name in $order) { $ms[$name] = [double](& $forms[$name]) }
    foreach ($name in $ms.Keys) { $perCall[$name].Add($ms[$name] * 1000 / $Batch) }
    foreach ($name in $ratios.Keys) { $ratios[$name].Add($ms[$name] / $ms.raw) }
    foreach ($name in $thinRatios.Keys) { $thinRatios[$name].Add($ms[$name] / $ms.thinraw) }
    $p = $phaseProfile.Phases($Batch)
    $p['transport'] = $phaseProfile.Transport($Batch)
    $p['client'] = $phaseProfile.Client($Batch)
    foreach ($key in $p.Keys) { if (-not $phases.ContainsKey($key)) { $phases[$key] = [Collections.Generic.List[double]]::new() }; $phases[$key].Add($p[$key]) }
}

function Get-Quartiles($values) {
    $sorted = @($values | Sort-Object)
    $at = { param($q) $sorted[[int][math]::Floor(($sorted.Count - 1) * $q)] }
    [ordered]@{ Median = (& $at 0.5); P25 = (& $at 0.25); P75 = (& $at 0.75) }
}
$result = [ordered]@{ Rounds = $Rounds; Batch = $Batch; Ratio = [ordered]@{}; RatioToThinRaw = [ordered]@{}; MicrosecondsPerCall = [ordered]@{}; Phases = [ordered]@{} }
foreach ($name in $ratios.Keys) { $result.Ratio[$name] = Get-Quartiles $ratios[$name] }
foreach ($name in $thinRatios.Keys) { $result.RatioToThinRaw[$name] = Get-Quartiles $thinRatios[$name] }
foreach ($name in $perCall.Keys) { $result.MicrosecondsPerCall[$name] = (Get-Quartiles $perCall[$name]).Median }
foreach ($name in $phases.Keys) { $result.Phases[$name] = (Get-Quartiles $phases[$name]).Median }
$raw.Dispose()
$result | ConvertTo-Json -Depth 5 -Compress
