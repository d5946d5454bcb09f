<#
.SYNOPSIS
    Counts the requests one poll round costs while waiting on many running jobs: Wait-MmsJob (by ListMmsJobs pages)
    against reading every job by id, as a per-job poller does each round.
.DESCRIPTION
    Requests are counted by the emulator (/_emulator/stats), so the figure does not depend on the machine's speed.
    Makes -Jobs jobs of one table each on the emulator's source 2000060 and starts them with a ten-minute task step,
    so they all stay DOING. Per-job: Get-MmsJob -JobId with every id (one GetMmsJob each, what a per-job poller sends
    a round). Paged: -Rounds calls of Wait-MmsJob -WaitTimeoutSec 3 -PollIntervalSec 3600, each of which reads exactly
    one round (at its start; when the time is up it reads nothing more) and then gives the jobs up with a timeout
    error each. Before and after every counted round it checks that all -Jobs jobs are DOING (a listing, not counted),
    and that the round read every job as DOING (each timeout error's target is the job as last read); otherwise it
    fails rather than report a round that did not read -Jobs running jobs. Writes the result as JSON (last line).
.EXAMPLE
    dotnet pwsh -NoProfile -File ./tools/Measure-MmsPollRound.ps1 -RepoRoot .
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $RepoRoot,
    [ValidateRange(2, 170)] [int] $Jobs = 150,
    [ValidateRange(1, 20)] [int] $Rounds = 3
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
Import-Module (Join-Path $RepoRoot 'out/MmsEmulator/MmsEmulator.psd1') -Force
Import-Module (Join-Path $RepoRoot 'out/MmsPowerShell/MmsPowerShell.psd1') -Force

$emulator = Start-MmsEmulator -JobStepMs 600000 -AsyncTaskMs 1
try {
    $conn = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
    # Finance has 180 tables: one table per job.
    $tables = @(Get-MmsTable -SourceId 2000060 -DbName finance @conn | Select-Object -First $Jobs)
    $ids = @(& (Join-Path $PSScriptRoot 'Start-MmsOneTableJob.ps1') -Emulator $emulator -Prefix poll-finance -Table $tables)

    # The figure means something only if the round read $Jobs running jobs: fail loudly otherwise.
    function Assert-AllDoing([string] $When) {
        $doing = @(Get-MmsJob -SourceId 2000060 -Name 'poll-finance-*' -Status DOING @conn | Where-Object { -not $_.Stopped })
        if ($doing.Count -ne $Jobs) {
            $states = (Get-MmsJob -SourceId 2000060 -Name 'poll-finance-*' @conn | Group-Object Status | ForEach-Object { "$($_.Count) $($_.Name)" }) -join ', '
            throw "$When, $($doing.Count) of the $Jobs jobs are DOING ($states): the count would not be of $Jobs running jobs"
        }
    }

    Assert-AllDoing 'before counting'
    $null = Get-MmsEmulatorStat -Emulator $emulator -Reset
    $null = Get-MmsJob -SourceId 2000060 -JobId $ids @conn
    $perJob = Get-MmsEmulatorStat -Emulator $emulator -Reset

    $list = 0; $get = 0; $requests = 0
    for ($round = 1; $round -le $Rounds; $round++) {
        Assert-AllDoing "before round $round"
        $null = Get-MmsEmulatorStat -Emulator $emulator -Reset
        $timedOut = $null
        $null = Wait-MmsJob -SourceId 2000060 -JobId $ids -WaitTimeoutSec 3 -PollIntervalSec 3600 @conn -ErrorAction SilentlyContinue -ErrorVariable timedOut -WarningAction SilentlyContinue
        $paged = Get-MmsEmulatorStat -Emulator $emulator -Reset
        if (@($timedOut).Count -ne $Jobs) { throw "round ${round}: expected a timeout error per job, got $(@($timedOut).Count)" }
        # A timeout error's target is the job as last read (an MmsJob), or only its reference when it was never read.
        $seenDoing = @($timedOut | Where-Object { $_.TargetObject -is [MmsPowerShell.Core.Models.MmsJob] -and $_.TargetObject.Status -eq 'DOING' })
        if ($seenDoing.Count -ne $Jobs) { throw "round ${round}: only $($seenDoing.Count) of the $Jobs jobs were read DOING before the 3 s limit (a slow machine?): the round is not whole" }
        Assert-AllDoing "after round $round"
        $requests += [int]$paged.requests
        $list += [int]$(if ($paged.byAction.PSObject.Properties['ListMmsJobs']) { $paged.byAction.ListMmsJobs } else { 0 })
        $get += [int]$(if ($paged.byAction.PSObject.Properties['GetMmsJob']) { $paged.byAction.GetMmsJob } else { 0 })
    }

    $result = [pscustomobject]@{
        Jobs                   = $Jobs
        PerJobRequestsPerRound = [int]$perJob.requests
        PagedRequests          = $requests
        PagedListMmsJobs       = $list
        PagedGetMmsJob         = $get
        Rounds                 = $Rounds
        PagedRequestsPerRound  = $requests / $Rounds
        Ratio                  = ($requests / $Rounds) / $perJob.requests
    }
    $result | ConvertTo-Json -Compress
}
finally {
    $emulator | Stop-MmsEmulator
}
