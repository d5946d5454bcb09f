<#
.SYNOPSIS
    Measures the memory of waiting on many running jobs: the peak working set of a pwsh in which Wait-MmsJob waits on
    1,000 running jobs for many poll rounds, against waiting on 100, and after few rounds against after many.
.DESCRIPTION
    Makes the largest of -Jobs jobs of one table each on the emulator's source 2000060 (tables of retail, finance and
    clickstream in turn) and starts them with a ten-minute task step, so they all stay DOING; checks they are all DOING
    before and after, and fails otherwise. For each count N, a fresh child pwsh imports the module and waits on the first
    N jobs twice: Wait-MmsJob -PollIntervalSec -PollIntervalSec -WaitTimeoutSec -ShortWaitSec, then the same with
    -WaitTimeoutSec -LongWaitSec; it reports its peak working set before waiting, after the short wait and after the long
    one (Process.PeakWorkingSet64), and the timeout errors (one per job: each was still waited for at the end). Progress
    is off in the child (no terminal draws bars). The poll rounds each wait read are counted by the emulator
    (ListMmsJobs pages / pages per round; GetMmsJob reported as well). Writes the result as JSON (last line).
.EXAMPLE
    dotnet pwsh -NoProfile -Command './tools/Measure-MmsWaitMemory.ps1 -RepoRoot . -Jobs 10, 40 -ShortWaitSec 1 -LongWaitSec 2'

    A quick check that the measure works, with small counts.
#>
[CmdletBinding(PositionalBinding = $false)]
param(
    [Parameter(Mandatory)] [string] $RepoRoot,
    [ValidateRange(2, 2000)] [int[]] $Jobs = @(100, 1000),
    [ValidateRange(0.05, 60)] [double] $PollIntervalSec = 0.5,
    [ValidateRange(1, 600)] [int] $ShortWaitSec = 3,
    [ValidateRange(1, 600)] [int] $LongWaitSec = 15
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$modulePath = Join-Path $RepoRoot 'out/MmsPowerShell/MmsPowerShell.psd1'
Import-Module (Join-Path $RepoRoot 'out/MmsEmulator/MmsEmulator.psd1') -Force
Import-Module $modulePath -Force

function Get-ActionCount($Stat, [string] $Action) {
    $property = $Stat.byAction.PSObject.Properties[$Action]
    if ($property) { [int]$property.Value } else { 0 }
}

$most = ($Jobs | Measure-Object -Maximum).Maximum
$emulator = Start-MmsEmulator -JobStepMs 600000 -AsyncTaskMs 1
$work = Join-Path ([IO.Path]::GetTempPath()) ('mms-wait-memory-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work | Out-Null
try {
    $conn = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
    $tables = @(Get-MmsTable -SourceId 2000060 @conn | Where-Object DbName -In 'retail', 'finance', 'clickstream')
    $ids = @(& (Join-Path $PSScriptRoot 'Start-MmsOneTableJob.ps1') -Emulator $emulator -Prefix mem -Table (0..($most - 1) | ForEach-Object { $tables[$_ % $tables.Count] }))

    function Assert-AllDoing([string] $When) {
        $doing = @(Get-MmsJob -SourceId 2000060 -Name 'mem-*' -Status DOING @conn | Where-Object { -not $_.Stopped }).Count
        if ($doing -ne $most) { throw "$When, $doing of the $most jobs are DOING: the wait would not be on running jobs" }
    }

    $secret = $emulator.Credential.GetNetworkCredential().Password
    $results = [ordered]@{}
    foreach ($count in ($Jobs | Sort-Object -Unique)) {
        Assert-AllDoing "before waiting on $count"
        $idFile = Join-Path $work "ids-$count.txt"
        $ids[0..($count - 1)] | Set-Content $idFile
        $child = Join-Path $work "wait-$count.ps1"
        Set-Content $child @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Import-Module '$modulePath'
`$conn = @{ Endpoint = '$($emulator.Endpoint)'; Credential = [pscredential]::new('$($emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force)) }
[long[]] `$ids = Get-Content '$idFile'
`$process = [Diagnostics.Process]::GetCurrentProcess()
[GC]::Collect()
`$process.Refresh(); `$before = `$process.PeakWorkingSet64
`$null = Wait-MmsJob -SourceId 2000060 -JobId `$ids -PollIntervalSec $PollIntervalSec -WaitTimeoutSec $ShortWaitSec @conn -ErrorAction SilentlyContinue -ErrorVariable short -WarningAction SilentlyContinue
`$process.Refresh(); `$afterShort = `$process.PeakWorkingSet64
`$null = Wait-MmsJob -SourceId 2000060 -JobId `$ids -PollIntervalSec $PollIntervalSec -WaitTimeoutSec $LongWaitSec @conn -ErrorAction SilentlyContinue -ErrorVariable long -WarningAction SilentlyContinue
`$process.Refresh(); `$afterLong = `$process.PeakWorkingSet64
[pscustomobject]@{ Before = `$before; AfterShort = `$afterShort; AfterLong = `$afterLong; ShortTimeouts = `$short.Count; LongTimeouts = `$long.Count } | ConvertTo-Json -Compress
"@
        $null = Get-MmsEmulatorStat -Emulator $emulator -Reset
        $output = @(& dotnet pwsh -NoProfile -NonInteractive -File $child)
        if ($LASTEXITCODE -ne 0) { throw "the child waiting on $count jobs failed: $($output -join ' | ')" }
        $stat = Get-MmsEmulatorStat -Emulator $emulator -Reset
        $measured = $output[-1] | ConvertFrom-Json
        if ($measured.ShortTimeouts -ne $count -or $measured.LongTimeouts -ne $count) {
            throw "waiting on $count jobs gave $($measured.ShortTimeouts) and $($measured.LongTimeouts) timeouts, not one per job: some jobs ended or failed to read"
        }
        Assert-AllDoing "after waiting on $count"
        $pagesPerRound = [math]::Ceiling($count / 100)
        $list = Get-ActionCount $stat ListMmsJobs
        $results["$count"] = [pscustomobject]@{
            Jobs              = $count
            BeforeBytes       = [long]$measured.Before
            AfterShortBytes   = [long]$measured.AfterShort
            AfterLongBytes    = [long]$measured.AfterLong
            ShortWaitSec      = $ShortWaitSec
            LongWaitSec       = $LongWaitSec
            ListMmsJobs       = $list
            GetMmsJob         = Get-ActionCount $stat GetMmsJob
            Rounds            = [math]::Round($list / $pagesPerRound, 1)
        }
    }
    [pscustomobject]@{ PollIntervalSec = $PollIntervalSec; ByJobs = $results } | ConvertTo-Json -Compress -Depth 4
}
finally {
    $emulator | Stop-MmsEmulator
    Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
}
