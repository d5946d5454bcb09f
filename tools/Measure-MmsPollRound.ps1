<#
.SYNOPSIS
    Counts the requests one poll round costs while waiting on many running jobs: Wait-MmsJob (by ListMmsJobs pages)
    against reading every job by id, as a per-job poller does each round.
.DESCRIPTION
    Requests are counted by the emulator (/_emulator/stats), so the figure does not depend on the machine's speed.
    Makes -Jobs jobs of one table each on the emulator's source 2000060 and starts them with a ten-minute task step,
    so they all stay DOING. Per-job: Get-MmsJob -JobId with every id (one GetMmsJob each, what a per-job poller sends
    a round). Paged: Wait-MmsJob -TimeoutSec 5 -PollIntervalSec 3600, which reads exactly two rounds (one at the start,
    one at the timeout) and then gives the jobs up with a timeout error each. Writes the result as JSON (last line).
.EXAMPLE
    dotnet pwsh -NoProfile -File ./tools/Measure-MmsPollRound.ps1 -RepoRoot .
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $RepoRoot,
    [ValidateRange(2, 170)] [int] $Jobs = 150
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
    for ($i = 0; $i -lt $Jobs; $i++) {
        $body = @{ name = 'poll-finance-{0:000}' -f ($i + 1); srcDbName = 'finance'; tables = @($tables[$i].Name) } | ConvertTo-Json -Compress
        $created = Invoke-MmsEmulatorRequest -Emulator $emulator -Method POST -Path /api/v1/mms/datasources/2000060/jobs -Action CreateMmsJob -Body $body
        if ($created.StatusCode -ne 200) { throw "CreateMmsJob answered $($created.StatusCode): $($created.Content)" }
    }
    Start-Sleep -Milliseconds 100
    $ids = @(Get-MmsJob -SourceId 2000060 -Name 'poll-finance-*' @conn | Start-MmsJob -PassThru @conn | Where-Object Status -EQ 'DOING' | ForEach-Object JobId)
    if ($ids.Count -ne $Jobs) { throw "expected $Jobs running jobs, found $($ids.Count)" }

    $null = Get-MmsEmulatorStat -Emulator $emulator -Reset
    $null = Get-MmsJob -SourceId 2000060 -JobId $ids @conn
    $perJob = Get-MmsEmulatorStat -Emulator $emulator -Reset

    $null = Wait-MmsJob -SourceId 2000060 -JobId $ids -TimeoutSec 5 -PollIntervalSec 3600 @conn -ErrorAction SilentlyContinue -ErrorVariable timedOut -WarningAction SilentlyContinue
    $paged = Get-MmsEmulatorStat -Emulator $emulator
    if (@($timedOut).Count -ne $Jobs) { throw "expected a timeout error per job, got $(@($timedOut).Count)" }

    $rounds = 2
    $list = [int]$(if ($paged.byAction.PSObject.Properties['ListMmsJobs']) { $paged.byAction.ListMmsJobs } else { 0 })
    $get = [int]$(if ($paged.byAction.PSObject.Properties['GetMmsJob']) { $paged.byAction.GetMmsJob } else { 0 })
    $result = [pscustomobject]@{
        Jobs                  = $Jobs
        PerJobRequestsPerRound = [int]$perJob.requests
        PagedRequests         = [int]$paged.requests
        PagedListMmsJobs      = $list
        PagedGetMmsJob        = $get
        Rounds                = $rounds
        PagedRequestsPerRound = $paged.requests / $rounds
        Ratio                 = ($paged.requests / $rounds) / $perJob.requests
    }
    $result | ConvertTo-Json -Compress
}
finally {
    $emulator | Stop-MmsEmulator
}
